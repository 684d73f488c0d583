# corpus: cwe=90 label=safe
from flask import Flask, abort, request
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
server = Server("ldap://ldap.example.com")


def is_valid_hostname(name):
    return 0 < len(name) <= 63 and name.replace("-", "").isalnum()


@app.route("/hosts")
def hosts():
    hostname = request.headers.get("X-Host", "")
    if not is_valid_hostname(hostname):
        abort(400)
    conn = Connection(server, auto_bind=True)
    conn.search("ou=hosts,dc=example,dc=com", "(cn=%s)" % escape_filter_chars(hostname))
    return {"hosts": len(conn.entries)}
