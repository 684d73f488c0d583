# corpus: cwe=90 label=safe
import ldap
import ldap.filter
from flask import Flask, g, request

app = Flask(__name__)


@app.before_request
def open_directory():
    g.ldap = ldap.initialize("ldap://ldap.example.com")


@app.route("/badge")
def badge_owner():
    badge = ldap.filter.escape_filter_chars(request.cookies.get("badge_id", ""))
    results = g.ldap.search_ext_s(
        "ou=badges,dc=example,dc=com", ldap.SCOPE_ONELEVEL, filterstr="(badgeId=" + badge + ")"
    )
    return {"owners": [dn for dn, _ in results]}
