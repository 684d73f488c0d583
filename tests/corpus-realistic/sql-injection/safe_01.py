# corpus: cwe=89 label=safe
import os
import sqlite3
from contextlib import closing

from flask import Blueprint, abort, current_app, jsonify, request

users_bp = Blueprint("users", __name__, url_prefix="/api/users")

USER_COLUMNS = "id, username, email, created_at"


def get_db():
    path = current_app.config.get("DB_PATH", os.path.join(os.getcwd(), "app.db"))
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    return conn


def find_user(conn, username):
    query = f"SELECT {USER_COLUMNS} FROM users WHERE username = ?"
    with closing(conn.cursor()) as cur:
        cur.execute(query, (username,))
        return cur.fetchone()


def find_users_by_domain(conn, domain, limit=50):
    pattern = "%@" + domain.lower()
    with closing(conn.cursor()) as cur:
        cur.execute(
            "SELECT " + USER_COLUMNS + " FROM users WHERE email LIKE ? ORDER BY username LIMIT ?",
            (pattern, limit),
        )
        return cur.fetchall()


def serialize(row):
    return {key: row[key] for key in row.keys()}


@users_bp.route("/lookup")
def lookup():
    username = request.args.get("username", "").strip()
    if not username:
        abort(400)
    with closing(get_db()) as conn:
        row = find_user(conn, username)
    if row is None:
        abort(404)
    return jsonify(serialize(row))


@users_bp.route("/by-domain/<domain>")
def by_domain(domain):
    with closing(get_db()) as conn:
        rows = find_users_by_domain(conn, domain, limit=int(request.args.get("limit", 50)))
    return jsonify([serialize(r) for r in rows])
