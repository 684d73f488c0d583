# corpus: cwe=90 label=safe
import ldap
from flask import Flask, request
from ldap.filter import filter_format

app = Flask(__name__)
LDAP_URI = "ldap://ldap.internal:389"


@app.route("/login", methods=["POST"])
def login():
    ld = ldap.initialize(LDAP_URI)
    user = request.form["user"]
    query = filter_format("(&(objectClass=person)(uid=%s))", [user])
    found = ld.search_s("ou=users,dc=example,dc=org", ldap.SCOPE_SUBTREE, query, ["dn"])
    if not found:
        return "denied", 401
    ld.simple_bind_s(found[0][0], request.form["password"])
    return "welcome"
