# corpus: cwe=338 label=vulnerable
"""Password reset flow for the customer portal."""
import random
import string
import time

from flask import Blueprint, current_app, jsonify, request, url_for

bp = Blueprint("account_reset", __name__, url_prefix="/account")

RESET_TTL_SECONDS = 30 * 60
_pending_resets = {}


def _make_token(length=40):
    alphabet = string.ascii_letters + string.digits
    return "".join(random.choices(alphabet, k=length))


def _lookup_user(email):
    users = current_app.config.get("USER_DIRECTORY", {})
    return users.get(email.strip().lower())


def _send_mail(to_addr, subject, body):
    mailer = current_app.extensions.get("mailer")
    if mailer is None:
        current_app.logger.info("mail to %s: %s", to_addr, subject)
        return
    mailer.send(to=to_addr, subject=subject, body=body)


@bp.route("/forgot", methods=["POST"])
def forgot_password():
    payload = request.get_json(silent=True) or {}
    email = payload.get("email", "")
    user = _lookup_user(email)
    if user is not None:
        token = _make_token()
        _pending_resets[token] = {
            "user_id": user["id"],
            "expires": time.time() + RESET_TTL_SECONDS,
        }
        link = url_for("account_reset.reset_form", token=token, _external=True)
        _send_mail(
            user["email"],
            "Reset your password",
            "Use this link within 30 minutes: {}".format(link),
        )
    return jsonify({"status": "If the account exists, an email was sent."})


@bp.route("/reset/<token>", methods=["GET"])
def reset_form(token):
    entry = _pending_resets.get(token)
    if not entry or entry["expires"] < time.time():
        return jsonify({"error": "link expired"}), 410
    return jsonify({"user_id": entry["user_id"], "token": token})
