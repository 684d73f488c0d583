# corpus: cwe=601 label=vulnerable
"""Terms-of-service acceptance gate shown before continuing."""
from datetime import datetime, timezone

from flask import Blueprint, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from .db import db

tos_bp = Blueprint("tos", __name__)

CURRENT_TOS_VERSION = "2024-03"


def accept_terms(user, version):
    user.tos_version = version
    user.tos_accepted_at = datetime.now(timezone.utc)
    db.session.commit()


@tos_bp.route("/terms/accept", methods=["GET"])
@login_required
def show_terms():
    return render_template(
        "terms.html",
        version=CURRENT_TOS_VERSION,
        cont=request.args.get("continue", ""),
    )


@tos_bp.route("/terms/accept", methods=["POST"])
@login_required
def submit_terms():
    if request.form.get("agree") != "yes":
        return redirect(url_for("tos.show_terms"))
    accept_terms(current_user, CURRENT_TOS_VERSION)
    continue_to = request.form.get("continue", "").strip()
    return redirect(continue_to or url_for("main.home"))
