# corpus: cwe=614 label=vulnerable
"""Login and session handling for the customer portal."""
import os
import secrets
from datetime import datetime, timedelta

from flask import Flask, jsonify, make_response, request
from werkzeug.security import check_password_hash

app = Flask(__name__)
app.secret_key = os.environ["PORTAL_SECRET_KEY"]

SESSION_TTL = timedelta(hours=8)
_sessions = {}


class UserStore:
    def __init__(self):
        self._users = {}

    def get(self, email):
        return self._users.get(email.strip().lower())

    def add(self, email, password_hash):
        self._users[email.strip().lower()] = {"email": email, "hash": password_hash}


users = UserStore()


def open_session(email):
    token = secrets.token_urlsafe(32)
    _sessions[token] = {
        "email": email,
        "expires": datetime.utcnow() + SESSION_TTL,
    }
    return token


@app.route("/api/login", methods=["POST"])
def login():
    payload = request.get_json(silent=True) or {}
    email = payload.get("email", "")
    password = payload.get("password", "")
    record = users.get(email)
    if record is None or not check_password_hash(record["hash"], password):
        return jsonify({"error": "invalid credentials"}), 401

    token = open_session(record["email"])
    resp = make_response(jsonify({"ok": True, "email": record["email"]}))
    resp.set_cookie("portal_session", token, max_age=int(SESSION_TTL.total_seconds()))
    return resp


@app.route("/api/me")
def me():
    token = request.cookies.get("portal_session", "")
    data = _sessions.get(token)
    if not data or data["expires"] < datetime.utcnow():
        return jsonify({"error": "not logged in"}), 401
    return jsonify({"email": data["email"]})
