# corpus: cwe=328 label=safe
import hashlib
import os

from flask import Flask, make_response, request

app = Flask(__name__)
SESSION_KEY = os.environ["SESSION_KEY"].encode()


@app.post("/session")
def create_session():
    username = request.form["username"]
    tag = hashlib.blake2b(username.encode(), key=SESSION_KEY, digest_size=32).hexdigest()
    resp = make_response("logged in")
    resp.set_cookie("sid", username + "." + tag, httponly=True, secure=True)
    return resp
