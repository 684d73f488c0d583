# corpus: cwe=90 label=safe
from flask import Flask
from ldap3 import Connection, Server
from ldap3.utils.dn import escape_rdn

app = Flask(__name__)
srv = Server("ldap://ldap.example.com")


@app.route("/people/<department>")
def people(department):
    conn = Connection(srv, auto_bind=True)
    base = "ou=%s,ou=staff,dc=example,dc=com" % escape_rdn(department)
    conn.search(base, "(objectClass=inetOrgPerson)", attributes=["cn"])
    return {"people": [str(e.cn) for e in conn.entries]}
