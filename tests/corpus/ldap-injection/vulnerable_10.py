# corpus: cwe=90 label=vulnerable
from flask import Flask, request
from ldap3 import Connection, Server

app = Flask(__name__)
server = Server("ldap://ldap.example.com")


@app.route("/hosts")
def hosts():
    hostname = request.headers.get("X-Host", "")
    conn = Connection(server, auto_bind=True)
    pages = conn.extend.standard.paged_search(
        "ou=hosts,dc=example,dc=com", "(cn=" + hostname + ")", paged_size=50, generator=False
    )
    return {"hosts": len(pages)}
