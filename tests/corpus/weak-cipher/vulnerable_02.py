# corpus: cwe=327 label=vulnerable
import base64
import json
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad
from flask import Flask, make_response

app = Flask(__name__)
COOKIE_KEY = bytes.fromhex(os.environ["COOKIE_KEY"])


@app.route("/remember-me")
def remember_me():
    blob = json.dumps({"uid": 42, "role": "user"}).encode()
    token = AES.new(COOKIE_KEY, AES.MODE_ECB).encrypt(pad(blob, 16))
    resp = make_response("ok")
    resp.set_cookie("remember", base64.urlsafe_b64encode(token).decode())
    return resp
