# corpus: cwe=90 label=safe
"""Staff directory search (Flask blueprint, python-ldap)."""
import ldap
from flask import Blueprint, current_app, jsonify, request
from ldap.filter import filter_format

people = Blueprint("people", __name__, url_prefix="/directory")

BASE = "ou=staff,dc=example,dc=org"
ATTRS = ["cn", "title", "telephoneNumber", "mail", "departmentNumber"]


def _connect():
    conn = ldap.initialize(current_app.config["LDAP_URI"])
    conn.set_option(ldap.OPT_REFERRALS, 0)
    conn.simple_bind_s(current_app.config["LDAP_BIND_DN"], current_app.config["LDAP_BIND_PW"])
    return conn


def _decode(entry):
    dn, attrs = entry
    return {"dn": dn, **{k: [v.decode("utf-8") for v in vals] for k, vals in attrs.items()}}


def search_filter(term):
    return filter_format(
        "(&(objectClass=person)(|(cn=*%s*)(mail=%s*)))",
        [term, term],
    )


@people.route("/search")
def search():
    term = request.args.get("q", "").strip()
    if len(term) < 2:
        return jsonify(results=[], hint="type at least two characters")

    conn = _connect()
    try:
        raw = conn.search_s(BASE, ldap.SCOPE_SUBTREE, search_filter(term), ATTRS)
    finally:
        conn.unbind_s()
    results = [_decode(e) for e in raw if e[0]]
    return jsonify(results=results[:50], total=len(results))
