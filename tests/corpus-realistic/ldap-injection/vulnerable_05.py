# corpus: cwe=90 label=vulnerable
"""Wiki login that binds directly as the user."""
from flask import Flask, flash, redirect, render_template, request, session, url_for
from ldap3 import Connection, Server
from ldap3.core.exceptions import LDAPBindError

app = Flask(__name__)
app.config.from_pyfile("wiki.cfg")

USER_TEMPLATE = "cn={name},ou=users,dc=wiki,dc=internal"


def authenticate(name, password):
    server = Server(app.config["LDAP_HOST"], use_ssl=True, connect_timeout=5)
    user_dn = USER_TEMPLATE.format(name=name)
    try:
        conn = Connection(server, user=user_dn, password=password, auto_bind=True)
    except LDAPBindError:
        return None
    conn.search(user_dn, "(objectClass=*)", attributes=["displayName", "mail"])
    entry = conn.entries[0] if conn.entries else None
    conn.unbind()
    return entry


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        name = request.form["username"].strip().lower()
        entry = authenticate(name, request.form["password"])
        if entry is not None:
            session["display_name"] = str(entry.displayName)
            session["dn"] = entry.entry_dn
            return redirect(url_for("index"))
        flash("Login failed")
    return render_template("login.html")
