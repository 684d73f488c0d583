# Test cases for rules/ldap-injection.yaml (semgrep --test).
import re
import sys

import ldap
import ldap.filter
import ldap3
from flask import Flask, abort, request
from ldap3 import SUBTREE, Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
server = Server("ldap://ldap.example.com")
BASE_DN = "ou=people,dc=example,dc=com"
GROUPS = {"admins": "cn=admins,ou=groups,dc=example,dc=com"}


@app.route("/user")
def find_user():
    username = request.args.get("username")
    conn = Connection(server, auto_bind=True)
    # ruleid: python-ldap-injection
    conn.search(BASE_DN, "(uid=" + username + ")", attributes=["cn", "mail"])
    return str(conn.entries)


@app.route("/login", methods=["POST"])
def login():
    user = request.form["user"]
    with ldap3.Connection(server, auto_bind=True) as c:
        # ruleid: python-ldap-injection
        c.search(search_base=BASE_DN, search_filter=f"(&(objectClass=person)(uid={user}))")
        return "found" if c.entries else "nope"


@app.route("/legacy")
def legacy_lookup():
    mail = request.args.get("mail", "")
    l = ldap.initialize("ldap://ldap.example.com")
    # ruleid: python-ldap-injection
    res = l.search_s(BASE_DN, ldap.SCOPE_SUBTREE, "(mail=%s)" % mail, ["uid"])
    return str(res)


@app.route("/ou")
def org_unit():
    ou = request.args["ou"]
    conn = Connection(server, auto_bind=True)
    # ruleid: python-ldap-injection
    conn.search("ou={},dc=example,dc=com".format(ou), "(objectClass=person)")
    return str(conn.entries)


@app.route("/members", methods=["POST"])
def members():
    group = request.get_json()["group"]
    # ruleid: python-ldap-injection
    results = app.ldap_conn.extend.standard.paged_search(BASE_DN, "(memberOf=cn=" + group + ")")
    return str(list(results))


def cli_lookup(ldap_conn):
    # ruleid: python-ldap-injection
    return ldap_conn.search_ext_s(BASE_DN, ldap.SCOPE_SUBTREE, filterstr="(cn=" + sys.argv[1] + ")")


def interactive(conn):
    name = input("name: ")
    # ruleid: python-ldap-injection
    conn.search(BASE_DN, "(displayName=*" + name + "*)", SUBTREE)
    return conn.entries


# ---- safe variants -------------------------------------------------------


@app.route("/user-safe")
def find_user_safe():
    username = escape_filter_chars(request.args.get("username", ""))
    conn = Connection(server, auto_bind=True)
    # ok: python-ldap-injection
    conn.search(BASE_DN, "(uid=" + username + ")", attributes=["cn", "mail"])
    return str(conn.entries)


@app.route("/legacy-safe")
def legacy_safe():
    mail = request.args.get("mail", "")
    l = ldap.initialize("ldap://ldap.example.com")
    # ok: python-ldap-injection
    res = l.search_s(BASE_DN, ldap.SCOPE_SUBTREE, ldap.filter.filter_format("(mail=%s)", [mail]))
    return str(res)


@app.route("/legacy-escaped")
def legacy_escaped():
    mail = ldap.filter.escape_filter_chars(request.args.get("mail", ""))
    l = ldap.initialize("ldap://ldap.example.com")
    # ok: python-ldap-injection
    return str(l.search_s(BASE_DN, ldap.SCOPE_SUBTREE, "(mail=%s)" % mail))


@app.route("/by-id")
def by_id():
    uid = request.args.get("uid", "")
    if not re.fullmatch(r"[a-z][a-z0-9_]{2,31}", uid):
        abort(400)
    conn = Connection(server, auto_bind=True)
    # ok: python-ldap-injection
    conn.search(BASE_DN, f"(uid={uid})")
    return str(conn.entries)


@app.route("/group")
def group():
    dn = GROUPS.get(request.args.get("g"), GROUPS["admins"])
    conn = Connection(server, auto_bind=True)
    # ok: python-ldap-injection
    conn.search(dn, "(objectClass=groupOfNames)")
    return str(conn.entries)


@app.route("/employee")
def employee():
    number = int(request.args.get("n", "0"))
    conn = Connection(server, auto_bind=True)
    # ok: python-ldap-injection
    conn.search(BASE_DN, "(employeeNumber=%d)" % number)
    return str(conn.entries)


@app.route("/dead")
def dead():
    name = request.args.get("name")
    conn = Connection(server, auto_bind=True)
    if False:
        # ok: python-ldap-injection
        conn.search(BASE_DN, "(cn=" + name + ")")
    return "ok"


@app.route("/text-search")
def text_search():
    pattern = request.args.get("q", "")
    # ok: python-ldap-injection
    return str(re.search(pattern, "some text"))


# ---- rule pack v2: helpers, DNs, precision -------------------------------


def members_of(conn, group):
    conn.search(BASE_DN, "(&(objectClass=person)(memberOf=cn=%s,ou=groups))" % group, SUBTREE)
    return conn.entries


@app.route("/members")
def members():
    conn = Connection(server, auto_bind=True)
    # ruleid: python-ldap-injection
    return str(members_of(conn, request.args["group"]))


@app.route("/login", methods=["POST"])
def login():
    user = request.form["user"]
    # ruleid: python-ldap-injection
    conn = Connection(server, user="uid=" + user + "," + BASE_DN, password=request.form["pw"])
    return str(conn.bind())


def members_of_escaped(conn, group):
    safe = escape_filter_chars(group)
    conn.search(BASE_DN, "(memberOf=cn=%s,ou=groups)" % safe, SUBTREE)
    return conn.entries


@app.route("/members-safe")
def members_safe():
    conn = Connection(server, auto_bind=True)
    # ok: python-ldap-injection
    return str(members_of_escaped(conn, request.args["group"]))
