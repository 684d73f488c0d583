# corpus: cwe=90 label=vulnerable
import ldap
from flask import Flask, request

app = Flask(__name__)
LDAP_URI = "ldap://ldap.internal:389"


@app.route("/login", methods=["POST"])
def login():
    ld = ldap.initialize(LDAP_URI)
    user, pw = request.form["user"], request.form["password"]
    found = ld.search_s(
        "ou=users,dc=example,dc=org",
        ldap.SCOPE_SUBTREE,
        "(&(uid=%s)(userPassword=%s))" % (user, pw),
    )
    return ("welcome", 200) if found else ("denied", 401)
