# corpus: cwe=601 label=vulnerable
"""Single sign-on handshake: remember where the user wanted to go."""
import os
import secrets

from flask import Flask, abort, redirect, request, session, url_for

from .oauth import exchange_code, provider_authorize_url

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]


def remember_return_to(sess, target):
    sess["return_to"] = target or "/"


def pop_return_to(sess):
    return sess.pop("return_to", "/")


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
    destination = pop_return_to(session)
    return redirect(destination)
