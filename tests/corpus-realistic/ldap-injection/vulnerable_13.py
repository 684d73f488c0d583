# corpus: cwe=90 label=vulnerable
"""sshd AuthorizedKeysCommand: print the public keys stored for a user in LDAP.

sshd_config:
    AuthorizedKeysCommand /usr/local/sbin/ldap-ssh-keys %u
    AuthorizedKeysCommandUser nobody
"""
import configparser
import sys

import ldap

CONFIG = "/etc/ldap-ssh-keys.conf"


def load_settings(path=CONFIG):
    cp = configparser.ConfigParser()
    cp.read(path)
    section = cp["ldap"]
    return {
        "uri": section.get("uri", "ldap://localhost"),
        "base": section.get("base", "dc=example,dc=com"),
        "group": section.get("ssh_group", ""),
    }


def keys_for(conn, base, username, group=""):
    clauses = ["(objectClass=ldapPublicKey)", "(uid=%s)" % username]
    if group:
        clauses.append("(memberOf=%s)" % group)
    query = "(&%s)" % "".join(clauses)
    found = conn.search_s(base, ldap.SCOPE_SUBTREE, query, ["sshPublicKey"])
    keys = []
    for dn, attrs in found:
        if dn:
            keys.extend(k.decode("ascii").strip() for k in attrs.get("sshPublicKey", []))
    return keys


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: ldap-ssh-keys USER\n")
        return 2
    settings = load_settings()
    conn = ldap.initialize(settings["uri"])
    conn.set_option(ldap.OPT_NETWORK_TIMEOUT, 5)
    conn.simple_bind_s()
    try:
        for key in keys_for(conn, settings["base"], argv[1], settings["group"]):
            print(key)
    finally:
        conn.unbind_s()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
