# corpus: cwe=327 label=safe
"""Settlement export endpoint for the partner bank."""
import base64
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from flask import Flask, Response, abort, request

app = Flask(__name__)

LEGACY_3DES_PARTNERS = False
PARTNER_KEYS = {}


def load_partner_keys():
    for name, value in os.environ.items():
        if name.startswith("PARTNER_KEY_"):
            PARTNER_KEYS[name[len("PARTNER_KEY_"):].lower()] = base64.b64decode(value)


def seal_modern(key: bytes, data: bytes, partner: str) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, partner.encode())


def seal_legacy(key: bytes, data: bytes) -> bytes:
    iv = os.urandom(8)
    padder = padding.PKCS7(64).padder()
    enc = Cipher(algorithms.TripleDES(key), modes.CBC(iv)).encryptor()
    return iv + enc.update(padder.update(data) + padder.finalize()) + enc.finalize()


def seal_for(partner: str, data: bytes) -> bytes:
    key = PARTNER_KEYS[partner]
    if LEGACY_3DES_PARTNERS:
        return seal_legacy(key[:24], data)
    return seal_modern(key, data, partner)


@app.get("/settlements/<partner>/<day>")
def settlement_file(partner, day):
    partner = partner.lower()
    if partner not in PARTNER_KEYS or not day.isdigit() or len(day) != 8:
        abort(404)
    if request.headers.get("X-Partner") != partner:
        abort(403)
    data = app.settlements.render_csv(partner, day).encode("utf-8")
    return Response(
        seal_for(partner, data),
        mimetype="application/octet-stream",
        headers={"Content-Disposition": f"attachment; filename=settlement-{day}.bin"},
    )


load_partner_keys()
