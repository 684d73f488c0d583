# corpus: cwe=90 label=safe
from flask import Flask, request
from ldap3 import Connection, Server

app = Flask(__name__)
server = Server("ldap://ldap.example.com")


@app.route("/reset/request", methods=["POST"])
def request_reset():
    login = request.form.get("login", "").strip()
    app.logger.info("password reset requested for %r", login)
    conn = Connection(server, auto_bind=True)
    conn.search("ou=people,dc=example,dc=com", "(objectClass=person)", attributes=["uid", "mail"])
    matches = [e for e in conn.entries if str(e.uid) == login]
    return "sent" if matches else "unknown user"
