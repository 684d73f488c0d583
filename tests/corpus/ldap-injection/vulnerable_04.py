# corpus: cwe=90 label=vulnerable
from flask import Flask, request
from ldap3 import Connection, Server

app = Flask(__name__)
srv = Server("ldap://ldap.example.com")


@app.route("/people/<department>")
def people(department):
    conn = Connection(srv, auto_bind=True)
    base = "ou=%s,ou=staff,dc=example,dc=com" % department
    conn.search(base, "(objectClass=inetOrgPerson)", attributes=["cn"])
    return {"people": [str(e.cn) for e in conn.entries]}
