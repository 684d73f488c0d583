# corpus: cwe=90 label=safe
import re
import sys

import ldap

DIRECTORY = "ldap://ldap.example.com"
PHONE = re.compile(r"\+?[0-9 ]{4,20}")


def main():
    phone = sys.argv[1]
    if not PHONE.fullmatch(phone):
        sys.exit("invalid phone number")
    client = ldap.initialize(DIRECTORY)
    hits = client.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(telephoneNumber=" + phone + ")")
    for dn, attrs in hits:
        print(dn, attrs.get("cn"))


if __name__ == "__main__":
    main()
