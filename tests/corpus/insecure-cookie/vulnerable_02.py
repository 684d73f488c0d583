# corpus: cwe=1004 label=vulnerable
import secrets

from flask import Flask, make_response

app = Flask(__name__)


@app.route("/session/start")
def start_session():
    sid = secrets.token_urlsafe(32)
    response = make_response("started")
    response.set_cookie("sid", sid, secure=True, max_age=1800)
    return response
