# corpus: cwe=90 label=safe
"""Wiki login: find the account with a service bind, then verify the password."""
import re

from flask import Flask, flash, redirect, render_template, request, session, url_for
from ldap3 import Connection, Server

app = Flask(__name__)
app.config.from_pyfile("wiki.cfg")

USERNAME_RE = re.compile(r"[a-z][a-z0-9._-]{1,31}")


def server():
    return Server(app.config["LDAP_HOST"], use_ssl=True, connect_timeout=5)


def find_dn(name):
    with Connection(server(), app.config["LDAP_BIND_DN"], app.config["LDAP_BIND_PW"], auto_bind=True) as conn:
        conn.search(
            "ou=users,dc=wiki,dc=internal",
            "(&(objectClass=person)(cn=%s))" % name,
            attributes=["displayName"],
        )
        if len(conn.entries) != 1:
            return None, None
        entry = conn.entries[0]
        return entry.entry_dn, str(entry.displayName)


def authenticate(name, password):
    if not USERNAME_RE.fullmatch(name) or not password:
        return None
    dn, display = find_dn(name)
    if dn is None:
        return None
    conn = Connection(server(), user=dn, password=password)
    if not conn.bind():
        return None
    conn.unbind()
    return dn, display


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        result = authenticate(request.form["username"].strip().lower(), request.form["password"])
        if result is not None:
            session["dn"], session["display_name"] = result
            return redirect(url_for("index"))
        flash("Login failed")
    return render_template("login.html")
