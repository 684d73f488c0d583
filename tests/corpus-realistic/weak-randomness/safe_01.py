# corpus: cwe=338 label=safe
"""Password reset flow for the customer portal."""
import random
import secrets
import time

from flask import Blueprint, current_app, jsonify, request, url_for

bp = Blueprint("account_reset", __name__, url_prefix="/account")

RESET_TTL_SECONDS = 30 * 60
_pending_resets = {}

SECURITY_TIPS = [
    "Use a password manager.",
    "Never reuse passwords between sites.",
    "Turn on two-factor authentication.",
    "Check the address bar before typing your password.",
]


def _make_token(nbytes=32):
    return secrets.token_urlsafe(nbytes)


def _lookup_user(email):
    users = current_app.config.get("USER_DIRECTORY", {})
    return users.get(email.strip().lower())


@bp.route("/forgot", methods=["POST"])
def forgot_password():
    payload = request.get_json(silent=True) or {}
    user = _lookup_user(payload.get("email", ""))
    if user is not None:
        token = _make_token()
        _pending_resets[token] = {
            "user_id": user["id"],
            "expires": time.time() + RESET_TTL_SECONDS,
        }
        link = url_for("account_reset.reset_form", token=token, _external=True)
        current_app.extensions["mailer"].send(
            to=user["email"],
            subject="Reset your password",
            body=f"Use this link within 30 minutes: {link}",
        )
    return jsonify({"status": "If the account exists, an email was sent."})


@bp.route("/reset/<token>", methods=["GET"])
def reset_form(token):
    entry = _pending_resets.get(token)
    if not entry or entry["expires"] < time.time():
        return jsonify({"error": "link expired"}), 410
    tip = random.choice(SECURITY_TIPS)
    return jsonify({"user_id": entry["user_id"], "token": token, "tip": tip})
