# corpus: cwe=614 label=safe
"""Logout endpoints: clear every auth-related cookie the app has ever issued."""
from flask import Blueprint, current_app, jsonify, redirect, request, session, url_for

from .tokens import revoke_remember_token, revoke_session

logout_bp = Blueprint("logout", __name__)

LEGACY_COOKIES = ("auth", "auth_v2", "remember_token")


def expire_cookie(response, name, path="/"):
    response.set_cookie(name, "", expires=0, path=path, secure=True, httponly=True)


def clear_auth_cookies(response):
    response.delete_cookie(current_app.config.get("SESSION_COOKIE_NAME", "session"))
    response.delete_cookie("remember_me", path="/")
    for legacy in LEGACY_COOKIES:
        expire_cookie(response, legacy)
    response.set_cookie("sso_state", "", max_age=0)
    return response


@logout_bp.route("/logout", methods=["POST"])
def logout():
    sid = session.get("sid")
    if sid:
        revoke_session(sid)
    remember = request.cookies.get("remember_me")
    if remember:
        revoke_remember_token(remember)
    session.clear()
    return clear_auth_cookies(redirect(url_for("public.home")))


@logout_bp.route("/api/logout", methods=["POST"])
def api_logout():
    session.clear()
    return clear_auth_cookies(jsonify({"logged_out": True}))
