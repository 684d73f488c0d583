# corpus: cwe=90 label=vulnerable
import sys

import ldap

DIRECTORY = "ldap://ldap.example.com"


def main():
    phone = sys.argv[1]
    client = ldap.initialize(DIRECTORY)
    client.simple_bind_s()
    hits = client.search_st(
        "dc=example,dc=com", ldap.SCOPE_SUBTREE, "(telephoneNumber=*" + phone + "*)", timeout=5
    )
    for dn, attrs in hits:
        print(dn, attrs.get("cn"))


if __name__ == "__main__":
    main()
