# corpus: cwe=328 label=vulnerable
import hashlib
import hmac
import json
import os
from base64 import urlsafe_b64decode, urlsafe_b64encode

from flask import Flask, g, jsonify, make_response, request

app = Flask(__name__)

COOKIE_NAME = "prefs"
COOKIE_SECRET = os.environ["PREFS_COOKIE_SECRET"]


class SignedCookie:
    def __init__(self, secret):
        self.secret = secret

    def _mac(self, payload):
        return hashlib.md5((self.secret + payload).encode("utf-8")).hexdigest()

    def dumps(self, data):
        payload = urlsafe_b64encode(json.dumps(data).encode()).decode()
        return payload + "." + self._mac(payload)

    def loads(self, value):
        payload, _, mac = value.rpartition(".")
        if not payload or not hmac.compare_digest(self._mac(payload), mac):
            return None
        return json.loads(urlsafe_b64decode(payload.encode()))


signer = SignedCookie(COOKIE_SECRET)


@app.before_request
def read_prefs():
    raw = request.cookies.get(COOKIE_NAME)
    g.prefs = (signer.loads(raw) if raw else None) or {"role": "viewer", "theme": "light"}


@app.get("/admin/reports")
def admin_reports():
    if g.prefs.get("role") != "admin":
        return jsonify(error="forbidden"), 403
    return jsonify(reports=["q1", "q2", "q3"])


@app.post("/prefs/theme")
def set_theme():
    theme = request.form.get("theme", "light")
    prefs = dict(g.prefs, theme=theme if theme in ("light", "dark") else "light")
    resp = make_response(jsonify(prefs))
    resp.set_cookie(COOKIE_NAME, signer.dumps(prefs), httponly=True, secure=True)
    return resp
