# corpus: cwe=90 label=safe
from flask import Flask, request
from ldap3 import Connection, Server

app = Flask(__name__)
server = Server("ldap://ldap.example.com")
OBJECT_FILTERS = {
    "users": "(objectClass=person)",
    "groups": "(objectClass=groupOfNames)",
    "hosts": "(objectClass=device)",
}


@app.route("/count")
def count_objects():
    kind = request.args.get("kind", "users")
    conn = Connection(server, auto_bind=True)
    conn.search("dc=example,dc=com", OBJECT_FILTERS.get(kind, "(objectClass=person)"))
    return {"count": len(conn.entries)}
