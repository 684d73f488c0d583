# corpus: cwe=89 label=vulnerable
import os

import psycopg2
import psycopg2.extras
from flask import Flask, g, jsonify, request

app = Flask(__name__)

FILTERABLE = ("city", "state", "plan", "status")


def get_conn():
    if "conn" not in g:
        g.conn = psycopg2.connect(os.environ["PG_DSN"])
    return g.conn


@app.teardown_appcontext
def close_conn(_exc):
    conn = g.pop("conn", None)
    if conn is not None:
        conn.close()


def build_where(filters):
    clauses = []
    for field in FILTERABLE:
        value = filters.get(field)
        if value:
            clauses.append("%s = '%s'" % (field, value))
    if not clauses:
        return ""
    return " WHERE " + " AND ".join(clauses)


def search_accounts(conn, filters, limit=100):
    sql = "SELECT id, name, city, state, plan, status FROM accounts" + build_where(filters)
    sql += " ORDER BY name LIMIT %d" % limit
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(sql)
        return cur.fetchall()


@app.route("/accounts/search", methods=["POST"])
def accounts_search():
    payload = request.get_json(silent=True) or {}
    filters = {k: str(v).strip() for k, v in payload.get("filters", {}).items()}
    rows = search_accounts(get_conn(), filters)
    return jsonify({"count": len(rows), "accounts": rows})
