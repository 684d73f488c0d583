# corpus: cwe=601 label=safe
"""Single sign-on handshake: remember where the user wanted to go."""
import os
import secrets
from urllib.parse import urlparse

from flask import Flask, abort, redirect, request, session, url_for

from .oauth import exchange_code, provider_authorize_url

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]

ALLOWED_RETURN_HOSTS = frozenset({"app.example.com", "admin.example.com"})
DEFAULT_RETURN = "/"


def sanitize_return_to(target):
    if not target or "\\" in target or any(ord(ch) <= 32 for ch in target):
        return DEFAULT_RETURN
    parsed = urlparse(target)
    if parsed.scheme == "https" and parsed.hostname in ALLOWED_RETURN_HOSTS:
        return target
    return DEFAULT_RETURN


def remember_return_to(sess, target):
    sess["return_to"] = sanitize_return_to(target)


@app.route("/sso/start")
def sso_start():
    state = secrets.token_urlsafe(24)
    session["oauth_state"] = state
    remember_return_to(session, request.args.get("return_to"))
    return redirect(provider_authorize_url(
        state=state, redirect_uri=url_for("sso_callback", _external=True)
    ))


@app.route("/sso/callback")
def sso_callback():
    if request.args.get("state") != session.pop("oauth_state", None):
        abort(400)
    profile = exchange_code(request.args["code"])
    session["user"] = {"sub": profile["sub"], "email": profile.get("email")}
    destination = sanitize_return_to(session.pop("return_to", DEFAULT_RETURN))
    return redirect(destination)
