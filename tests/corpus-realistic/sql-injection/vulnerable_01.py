# corpus: cwe=89 label=vulnerable
import os
import sqlite3
from contextlib import closing

from flask import Blueprint, abort, current_app, jsonify, request

users_bp = Blueprint("users", __name__, url_prefix="/api/users")


def get_db():
    path = current_app.config.get("DB_PATH", os.path.join(os.getcwd(), "app.db"))
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    return conn


def find_user(conn, username):
    """Look up a single user row by username."""
    query = f"SELECT id, username, email, created_at FROM users WHERE username = '{username}'"
    with closing(conn.cursor()) as cur:
        cur.execute(query)
        return cur.fetchone()


def count_logins(conn, user_id):
    with closing(conn.cursor()) as cur:
        cur.execute("SELECT COUNT(*) FROM logins WHERE user_id = ?", (user_id,))
        (total,) = cur.fetchone()
        return total


def serialize(row, logins):
    return {
        "id": row["id"],
        "username": row["username"],
        "email": row["email"],
        "created_at": row["created_at"],
        "logins": logins,
    }


@users_bp.route("/lookup")
def lookup():
    username = request.args.get("username", "").strip()
    if not username:
        abort(400)
    conn = get_db()
    try:
        row = find_user(conn, username)
        if row is None:
            abort(404)
        return jsonify(serialize(row, count_logins(conn, row["id"])))
    finally:
        conn.close()
