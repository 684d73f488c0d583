# corpus: cwe=1004 label=safe
import secrets

from flask import Flask, make_response

app = Flask(__name__)
SESSION_COOKIE = dict(secure=True, httponly=True, samesite="Lax", max_age=1800)


@app.route("/session/start")
def start_session():
    response = make_response("started")
    response.set_cookie("sid", secrets.token_urlsafe(32), **SESSION_COOKIE)
    return response
