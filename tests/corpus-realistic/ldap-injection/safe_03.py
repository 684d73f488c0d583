# corpus: cwe=90 label=safe
"""Lists the directory's security groups for the access-review UI."""
from flask import Flask, jsonify, request
from ldap3 import Connection, Server

app = Flask(__name__)
app.config.from_envvar("ACCESS_REVIEW_SETTINGS")

GROUP_FILTER = "(&(objectClass=group)(groupType:1.2.840.113556.1.4.803:=2147483648))"
SORT_KEYS = {"name": "cn", "members": "member_count", "changed": "whenChanged"}


def open_connection():
    cfg = app.config
    server = Server(cfg["LDAP_HOST"], port=636, use_ssl=True)
    return Connection(server, cfg["LDAP_USER"], cfg["LDAP_PASSWORD"], auto_bind=True)


def fetch_groups():
    with open_connection() as conn:
        conn.search(
            app.config["LDAP_BASE"],
            GROUP_FILTER,
            attributes=["cn", "member", "whenChanged", "description"],
            size_limit=5000,
        )
        return [
            {
                "cn": str(e.cn),
                "member_count": len(e.member.values) if "member" in e else 0,
                "whenChanged": str(e.whenChanged),
                "description": str(e.description) if "description" in e else "",
            }
            for e in conn.entries
        ]


@app.get("/reports/groups")
def groups_report():
    sort_key = SORT_KEYS.get(request.args.get("sort", "name"), "cn")
    contains = request.args.get("contains", "").strip().lower()
    groups = fetch_groups()
    if contains:
        groups = [g for g in groups if contains in g["cn"].lower()]
    groups.sort(key=lambda g: g[sort_key], reverse=request.args.get("desc") == "1")
    return jsonify(count=len(groups), groups=groups)
