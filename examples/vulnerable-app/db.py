"""Database helpers for the vulnerable example app (scanner fixture)."""
import sqlite3

from flask import Blueprint, g, jsonify, request

DB_PATH = "vulnerable-app.db"
# FLAW: hard-coded credential (dummy value, planted for scanners)
ADMIN_PASSWORD = "hunter2"

bp = Blueprint("db", __name__)


def get_db():
    if "conn" not in g:
        g.conn = sqlite3.connect(DB_PATH)
        g.conn.row_factory = sqlite3.Row
    return g.conn


def get_user(username):
    # Clean: parameterized query.
    cur = get_db().execute("SELECT id, username, pw_hash FROM users WHERE username = ?", (username,))
    return cur.fetchone()


@bp.route("/products")
def products():
    term = request.args.get("q", "")
    cur = get_db().cursor()
    # FLAW: SQL injection (query text built from request data)
    cur.execute("SELECT id, name, price FROM products WHERE name LIKE '%" + term + "%'")
    return jsonify([dict(row) for row in cur.fetchall()])


@bp.route("/orders")
def orders():
    status = request.args.get("status", "open")
    sql = "SELECT id, total FROM orders WHERE status = '%s' ORDER BY id" % status
    # FLAW: SQL injection (%-formatted query)
    rows = get_db().execute(sql).fetchall()
    return jsonify([dict(row) for row in rows])
