# corpus: cwe=798 label=vulnerable
"""Staff login against the corporate directory."""
import ldap3
from flask import Flask, flash, redirect, render_template, request, session, url_for
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
app.config.from_envvar("INTRANET_SETTINGS")

LDAP_URL = "ldaps://ldap.corp.example.com:636"
USER_BASE = "ou=people,dc=corp,dc=example,dc=com"


def directory_connection(
    bind_dn="cn=intranet-svc,ou=services,dc=corp,dc=example,dc=com",
    bind_password="7GfLhPvhXJOJuVAnxOIo",
):
    server = ldap3.Server(LDAP_URL, use_ssl=True, get_info=ldap3.NONE)
    return ldap3.Connection(server, user=bind_dn, password=bind_password, auto_bind=True)


def find_user_dn(conn, username):
    conn.search(
        USER_BASE,
        "(&(objectClass=person)(uid={}))".format(escape_filter_chars(username)),
        attributes=["cn", "mail"],
    )
    if len(conn.entries) != 1:
        return None, None
    entry = conn.entries[0]
    return entry.entry_dn, {"name": str(entry.cn), "mail": str(entry.mail)}


def check_password(user_dn, password):
    if not password:
        return False
    server = ldap3.Server(LDAP_URL, use_ssl=True)
    conn = ldap3.Connection(server, user=user_dn, password=password)
    ok = conn.bind()
    conn.unbind()
    return ok


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("login.html")
    username = request.form.get("username", "").strip().lower()
    with directory_connection() as conn:
        user_dn, profile = find_user_dn(conn, username)
    if user_dn is None or not check_password(user_dn, request.form.get("password", "")):
        flash("Invalid username or password")
        return redirect(url_for("login"))
    session["user"] = {"uid": username, **profile}
    return redirect(url_for("index"))


@app.get("/")
def index():
    if "user" not in session:
        return redirect(url_for("login"))
    return render_template("index.html", user=session["user"])
