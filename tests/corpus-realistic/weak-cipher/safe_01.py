# corpus: cwe=327 label=safe
"""Encrypted client-side cart storage for the shop frontend."""
import base64
import json
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)

CART_COOKIE = "cart"
CART_AAD = b"cart-cookie-v2"


class CartCodec:
    nonce_size = 12

    def __init__(self, key: bytes):
        self.aead = AESGCM(key)

    def encode(self, cart: dict) -> str:
        nonce = os.urandom(self.nonce_size)
        raw = json.dumps(cart, separators=(",", ":")).encode("utf-8")
        blob = nonce + self.aead.encrypt(nonce, raw, CART_AAD)
        return base64.urlsafe_b64encode(blob).decode("ascii")

    def decode(self, value: str) -> dict:
        try:
            blob = base64.urlsafe_b64decode(value)
            nonce, ct = blob[: self.nonce_size], blob[self.nonce_size:]
            return json.loads(self.aead.decrypt(nonce, ct, CART_AAD))
        except (ValueError, InvalidTag):
            return {"items": []}


codec = CartCodec(bytes.fromhex(os.environ["CART_KEY_HEX"]))


def current_cart():
    raw = request.cookies.get(CART_COOKIE)
    return codec.decode(raw) if raw else {"items": []}


@app.get("/cart")
def show_cart():
    return jsonify(current_cart())


@app.post("/cart/items")
def add_item():
    cart = current_cart()
    sku = request.form.get("sku", "").strip().upper()
    qty = max(1, min(request.form.get("qty", 1, type=int), 99))
    cart["items"].append({"sku": sku, "qty": qty})
    resp = make_response(jsonify(cart))
    resp.set_cookie(CART_COOKIE, codec.encode(cart), httponly=True, secure=True, samesite="Lax")
    return resp
