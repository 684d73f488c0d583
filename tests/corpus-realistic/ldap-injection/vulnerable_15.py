# corpus: cwe=90 label=vulnerable
"""Lobby kiosk: visitors type the name of the person they are meeting."""
import os
import sys

from ldap3 import Connection, Server

BASE = os.environ.get("KIOSK_LDAP_BASE", "ou=people,dc=hq,dc=example,dc=com")
VISIBLE = ("(objectClass=person)", "(!(employeeType=contractor))")


def connect():
    server = Server(os.environ.get("KIOSK_LDAP_HOST", "ldap.hq.example.com"), use_ssl=True)
    return Connection(
        server,
        os.environ["KIOSK_BIND_DN"],
        os.environ["KIOSK_BIND_PW"],
        auto_bind=True,
        read_only=True,
    )


def name_filter(words):
    name_clauses = "".join("(cn=*%s*)" % w for w in words)
    return "(&" + "".join(VISIBLE) + name_clauses + ")"


def find_people(conn, typed):
    words = [w for w in typed.strip().split() if w][:3]
    if not words:
        return []
    conn.search(BASE, name_filter(words), attributes=["cn", "telephoneNumber", "roomNumber"], size_limit=5)
    return [(str(e.cn), str(e.telephoneNumber), str(e.roomNumber)) for e in conn.entries]


def main():
    conn = connect()
    print("Welcome! Type the name of your host, or 'quit'.")
    while True:
        try:
            typed = input("Host name: ")
        except EOFError:
            break
        if typed.strip().lower() == "quit":
            break
        matches = find_people(conn, typed)
        if not matches:
            print("No match - please ask at the desk.")
        for name, phone, room in matches:
            print(f"  {name:30} room {room:8} ext. {phone}")
    conn.unbind()
    return 0


if __name__ == "__main__":
    sys.exit(main())
