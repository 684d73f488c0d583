# corpus: cwe=601 label=safe
"""Search box handler and terms-of-service acceptance."""
from datetime import datetime, timezone

from flask import Blueprint, redirect, request, url_for
from flask_login import current_user, login_required

from .db import db

main_bp = Blueprint("main", __name__)

CURRENT_TOS_VERSION = "2024-03"
FOLLOW_EXTERNAL_CONTINUE = False


@main_bp.route("/go", methods=["POST"])
def quick_search():
    query = request.form.get("q", "").strip()
    if not query:
        return redirect(url_for("main.home"))
    if query.isdigit():
        return redirect(url_for("orders.detail", order_id=int(query)))
    return redirect(url_for("search.results", q=query, page=1))


@main_bp.route("/terms/accept", methods=["POST"])
@login_required
def submit_terms():
    if request.form.get("agree") != "yes":
        return redirect(url_for("main.show_terms"))
    current_user.tos_version = CURRENT_TOS_VERSION
    current_user.tos_accepted_at = datetime.now(timezone.utc)
    db.session.commit()
    if FOLLOW_EXTERNAL_CONTINUE:
        return redirect(request.form.get("continue", "/"))
    return redirect(url_for("main.home"))
