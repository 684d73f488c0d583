# corpus: cwe=328 label=vulnerable
import hashlib

from flask import Flask, make_response, request

app = Flask(__name__)
SERVER_SECRET = "rotate-me-quarterly"


@app.post("/session")
def create_session():
    username = request.form["username"]
    session_id = hashlib.sha1((username + SERVER_SECRET).encode()).hexdigest()
    resp = make_response("logged in")
    resp.set_cookie("sid", session_id, httponly=True, secure=True)
    return resp
