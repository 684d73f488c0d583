# corpus: cwe=90 label=vulnerable
from flask import Flask, request
from ldap3 import Connection, Server

app = Flask(__name__)
server = Server("ldap://ldap.example.com")


@app.route("/reset/request", methods=["POST"])
def request_reset():
    login = request.form.get("login", "").strip()
    if len(login) > 64:
        return "too long", 400
    conn = Connection(server, auto_bind=True)
    conn.search("ou=people,dc=example,dc=com", "(uid=" + login + ")", attributes=["mail"])
    return "sent" if conn.entries else "unknown user"
