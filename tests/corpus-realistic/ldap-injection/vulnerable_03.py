# corpus: cwe=90 label=vulnerable
"""Group membership report for the access-review tool."""
from flask import Flask, jsonify, request
from ldap3 import Connection, Server

app = Flask(__name__)
app.config.from_envvar("ACCESS_REVIEW_SETTINGS")

SEARCHABLE = ("department", "l", "title", "employeeType")


def build_filter(object_class="user", **criteria):
    clauses = ["(objectClass=%s)" % object_class]
    for attr, value in criteria.items():
        clauses.append("(%s=%s)" % (attr, value))
    return "(&" + "".join(clauses) + ")"


def criteria_from_args(args):
    out = {}
    for attr in SEARCHABLE:
        value = args.get(attr)
        if value:
            out[attr] = value.strip()
    return out


def open_connection():
    cfg = app.config
    server = Server(cfg["LDAP_HOST"], port=636, use_ssl=True)
    return Connection(server, cfg["LDAP_USER"], cfg["LDAP_PASSWORD"], auto_bind=True)


@app.get("/reports/members")
def members_report():
    criteria = criteria_from_args(request.args)
    if not criteria:
        return jsonify(error="at least one filter is required"), 400
    search_filter = build_filter(**criteria)
    with open_connection() as conn:
        conn.search(
            app.config["LDAP_BASE"],
            search_filter,
            attributes=["sAMAccountName", "displayName", "memberOf"],
            size_limit=1000,
        )
        rows = [
            {
                "account": str(e.sAMAccountName),
                "name": str(e.displayName),
                "groups": len(e.memberOf.values),
            }
            for e in conn.entries
        ]
    return jsonify(filter=criteria, count=len(rows), members=rows)
