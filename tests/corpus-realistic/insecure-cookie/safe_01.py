# corpus: cwe=614 label=safe
"""Login and session handling for the customer portal."""
import os
import secrets
from datetime import datetime, timedelta

from flask import Flask, jsonify, make_response, request
from werkzeug.security import check_password_hash

from .accounts import AccountDirectory

app = Flask(__name__)
app.secret_key = os.environ["PORTAL_SECRET_KEY"]

SESSION_TTL = timedelta(hours=8)
accounts = AccountDirectory()
_sessions = {}


def open_session(account_id):
    token = secrets.token_urlsafe(32)
    _sessions[token] = (account_id, datetime.utcnow() + SESSION_TTL)
    return token


def current_account():
    token = request.cookies.get("portal_session", "")
    entry = _sessions.get(token)
    if entry is None or entry[1] < datetime.utcnow():
        return None
    return accounts.by_id(entry[0])


@app.post("/api/login")
def login():
    payload = request.get_json(silent=True) or {}
    account = accounts.by_email(payload.get("email", "").strip().lower())
    if account is None or not check_password_hash(account.password_hash, payload.get("password", "")):
        return jsonify({"error": "invalid credentials"}), 401

    resp = make_response(jsonify({"ok": True}))
    resp.set_cookie(
        "portal_session",
        open_session(account.id),
        max_age=int(SESSION_TTL.total_seconds()),
        secure=True,
        httponly=True,
        samesite="Lax",
    )
    return resp


@app.get("/api/me")
def me():
    account = current_account()
    if account is None:
        return jsonify({"error": "not logged in"}), 401
    return jsonify({"email": account.email, "name": account.display_name})
