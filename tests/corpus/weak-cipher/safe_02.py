# corpus: cwe=327 label=safe
import base64
import json
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from flask import Flask, make_response

app = Flask(__name__)
COOKIE_KEY = bytes.fromhex(os.environ["COOKIE_KEY"])


@app.route("/remember-me")
def remember_me():
    nonce = os.urandom(12)
    blob = json.dumps({"uid": 42, "role": "user"}).encode()
    token = nonce + AESGCM(COOKIE_KEY).encrypt(nonce, blob, b"remember-me")
    resp = make_response("ok")
    resp.set_cookie("remember", base64.urlsafe_b64encode(token).decode())
    return resp
