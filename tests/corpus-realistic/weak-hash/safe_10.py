# corpus: cwe=328 label=safe
import hashlib
import hmac
import json
import os
from base64 import urlsafe_b64decode, urlsafe_b64encode

from flask import Flask, g, jsonify, make_response, request

app = Flask(__name__)

COOKIE_NAME = "prefs"
COOKIE_KEY = bytes.fromhex(os.environ["PREFS_COOKIE_KEY_HEX"])


class SignedCookie:
    def __init__(self, key: bytes, person=b"prefs-cookie"):
        self.key = key
        self.person = person

    def _mac(self, payload: str) -> str:
        mac = hashlib.blake2b(payload.encode(), key=self.key, digest_size=32, person=self.person)
        return mac.hexdigest()

    def dumps(self, data) -> str:
        payload = urlsafe_b64encode(json.dumps(data).encode()).decode()
        return f"{payload}.{self._mac(payload)}"

    def loads(self, value: str):
        payload, _, mac = value.rpartition(".")
        if not payload or not hmac.compare_digest(self._mac(payload), mac):
            return None
        return json.loads(urlsafe_b64decode(payload.encode()))


signer = SignedCookie(COOKIE_KEY)


@app.before_request
def read_prefs():
    raw = request.cookies.get(COOKIE_NAME)
    g.prefs = (signer.loads(raw) if raw else None) or {"theme": "light", "lang": "en"}


@app.post("/prefs")
def update_prefs():
    theme = request.form.get("theme", "light")
    lang = request.form.get("lang", "en")[:5]
    prefs = dict(g.prefs, theme=theme if theme in ("light", "dark") else "light", lang=lang)
    resp = make_response(jsonify(prefs))
    resp.set_cookie(COOKIE_NAME, signer.dumps(prefs), httponly=True, secure=True, samesite="Lax")
    return resp
