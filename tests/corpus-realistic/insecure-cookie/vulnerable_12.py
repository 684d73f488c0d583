# corpus: cwe=614 label=vulnerable
"""Cookie helpers used by the partner portal blueprints."""
import secrets
from datetime import timedelta

from flask import Blueprint, jsonify, request

from .repository import PartnerRepository

partners_bp = Blueprint("partners", __name__)
repo = PartnerRepository()


class AuthCookie:
    name = "partner_auth"
    lifetime = timedelta(hours=4)
    http_only = True
    secure = False
    same_site = "Lax"

    def apply(self, response, value):
        response.set_cookie(
            self.name,
            value,
            max_age=int(self.lifetime.total_seconds()),
            httponly=self.http_only,
            secure=self.secure,
            samesite=self.same_site,
        )
        return response

    def read(self, req):
        return req.cookies.get(self.name)


auth_cookie = AuthCookie()


@partners_bp.route("/partners/session", methods=["POST"])
def create_partner_session():
    api_key = request.headers.get("X-Partner-Key", "").strip()
    partner = repo.by_api_key(api_key)
    if partner is None:
        return jsonify({"error": "unknown partner"}), 403
    session_id = secrets.token_urlsafe(32)
    repo.save_session(partner.id, session_id)
    return auth_cookie.apply(jsonify({"partner": partner.name}), session_id)


@partners_bp.route("/partners/orders")
def list_orders():
    session_id = auth_cookie.read(request)
    partner = repo.by_session(session_id) if session_id else None
    if partner is None:
        return jsonify({"error": "login required"}), 401
    orders = [o.as_dict() for o in repo.orders_for(partner.id)]
    return jsonify({"orders": orders})
