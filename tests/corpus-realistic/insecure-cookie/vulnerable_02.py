# corpus: cwe=614 label=vulnerable
"""Remember-me support for the admin console."""
import hashlib
import hmac
import os
import time

from flask import Blueprint, current_app, redirect, request, session, url_for
from werkzeug.security import check_password_hash

auth_bp = Blueprint("auth", __name__, url_prefix="/auth")

REMEMBER_DAYS = 30


def _signing_key():
    return current_app.config["REMEMBER_KEY"].encode()


def build_remember_token(user_id):
    issued = str(int(time.time()))
    body = "{}:{}".format(user_id, issued)
    sig = hmac.new(_signing_key(), body.encode(), hashlib.sha256).hexdigest()
    return body + ":" + sig


def attach_remember_cookie(response, user_id, days=REMEMBER_DAYS):
    token = build_remember_token(user_id)
    response.set_cookie(
        "admin_remember",
        token,
        max_age=days * 86400,
        httponly=True,
        secure=False,
        samesite="Lax",
    )
    return response


def check_credentials(username, password):
    stored = os.environ.get("ADMIN_PASSWORD_HASH", "")
    return username == "admin" and bool(stored) and check_password_hash(stored, password)


@auth_bp.route("/login", methods=["POST"])
def login():
    username = request.form.get("username", "").strip()
    password = request.form.get("password", "")
    remember = request.form.get("remember") == "on"

    if not check_credentials(username, password):
        return redirect(url_for("auth.login_form", failed=1))

    session["user"] = username
    response = redirect(url_for("dashboard.index"))
    if remember:
        response = attach_remember_cookie(response, username)
    return response


@auth_bp.route("/login", methods=["GET"])
def login_form():
    failed = request.args.get("failed")
    return current_app.jinja_env.get_template("login.html").render(failed=failed)
