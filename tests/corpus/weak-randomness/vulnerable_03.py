# corpus: cwe=338 label=vulnerable
import random

from flask import Flask, make_response, request

app = Flask(__name__)
SESSIONS = {}


@app.post("/login")
def login():
    sid = "%016x" % random.getrandbits(64)
    SESSIONS[sid] = request.form["username"]
    resp = make_response("welcome")
    resp.set_cookie("session", sid, httponly=True)
    return resp
