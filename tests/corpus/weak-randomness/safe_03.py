# corpus: cwe=338 label=safe
import secrets

from flask import Flask, make_response, request

app = Flask(__name__)
SESSIONS = {}


@app.post("/login")
def login():
    sid = secrets.token_hex(32)
    SESSIONS[sid] = request.form["username"]
    resp = make_response("welcome")
    resp.set_cookie("session", sid, httponly=True, secure=True, samesite="Lax")
    return resp
