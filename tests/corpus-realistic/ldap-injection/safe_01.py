# corpus: cwe=90 label=safe
"""Login against the corporate directory (Flask + ldap3)."""
import os

from flask import Flask, redirect, render_template, request, session, url_for
from ldap3 import ALL, SUBTREE, Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]

LDAP_URL = os.environ.get("LDAP_URL", "ldaps://ldap.corp.example.com")
BASE_DN = "ou=people,dc=corp,dc=example,dc=com"
SERVICE_DN = os.environ.get("LDAP_BIND_DN", "cn=webapp,ou=services,dc=corp,dc=example,dc=com")
SERVICE_PW = os.environ.get("LDAP_BIND_PASSWORD", "")


def directory():
    server = Server(LDAP_URL, get_info=ALL, use_ssl=True)
    return Connection(server, SERVICE_DN, SERVICE_PW, auto_bind=True)


def lookup_user(conn, username):
    safe_name = escape_filter_chars(username)
    conn.search(
        BASE_DN,
        f"(&(objectClass=inetOrgPerson)(uid={safe_name}))",
        search_scope=SUBTREE,
        attributes=["cn", "mail", "memberOf"],
    )
    return conn.entries[0] if len(conn.entries) == 1 else None


def check_password(user_dn, password):
    conn = Connection(Server(LDAP_URL, use_ssl=True), user_dn, password)
    ok = conn.bind()
    conn.unbind()
    return ok


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("login.html")
    username = request.form.get("username", "").strip()
    password = request.form.get("password", "")
    if not username or not password:
        return render_template("login.html", error="Enter your username and password")

    with directory() as conn:
        entry = lookup_user(conn, username)
    if entry is None or not check_password(entry.entry_dn, password):
        return render_template("login.html", error="Invalid credentials"), 401

    session["user"] = {"dn": entry.entry_dn, "name": str(entry.cn), "mail": str(entry.mail)}
    return redirect(url_for("index"))
