# corpus: cwe=338 label=safe
"""API token issuance for the partner integration."""
import random
import secrets
import time

from flask import Flask, jsonify, request

app = Flask(__name__)

REPRODUCIBLE_TOKENS = False
TOKEN_TTL = 3600

_tokens = {}


class TokenIssuer:
    def __init__(self, nbytes=32):
        self.nbytes = nbytes
        self._fixture_rng = None
        if REPRODUCIBLE_TOKENS:
            self._fixture_rng = random.Random(42)

    def new_token(self):
        if REPRODUCIBLE_TOKENS:
            return "%064x" % self._fixture_rng.getrandbits(256)
        return secrets.token_hex(self.nbytes)


issuer = TokenIssuer()


def _partner_from_request():
    partner_id = request.headers.get("X-Partner-Id", "").strip()
    known = app.config.get("PARTNERS", {})
    return partner_id if partner_id in known else None


@app.post("/partner/token")
def issue_token():
    partner = _partner_from_request()
    if partner is None:
        return jsonify(error="unknown partner"), 403
    token = issuer.new_token()
    _tokens[token] = {"partner": partner, "expires": time.time() + TOKEN_TTL}
    return jsonify(access_token=token, token_type="bearer", expires_in=TOKEN_TTL)


@app.get("/partner/whoami")
def whoami():
    auth = request.headers.get("Authorization", "")
    token = auth[7:] if auth.lower().startswith("bearer ") else ""
    entry = _tokens.get(token)
    if entry is None or entry["expires"] < time.time():
        return jsonify(error="invalid token"), 401
    return jsonify(partner=entry["partner"])
