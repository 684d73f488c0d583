# corpus: cwe=327 label=vulnerable
"""Encrypted client-side cart storage for the shop frontend."""
import base64
import json
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)

CART_COOKIE = "cart"
CART_KEY = bytes.fromhex(os.environ["CART_KEY_HEX"])


class CartCodec:
    def __init__(self, key):
        if len(key) not in (16, 24, 32):
            raise ValueError("bad key length")
        self.key = key

    def _cipher(self):
        return AES.new(self.key, AES.MODE_ECB)

    def encode(self, cart):
        raw = json.dumps(cart, separators=(",", ":")).encode("utf-8")
        token = self._cipher().encrypt(pad(raw, AES.block_size))
        return base64.urlsafe_b64encode(token).decode("ascii")

    def decode(self, value):
        try:
            data = self._cipher().decrypt(base64.urlsafe_b64decode(value))
            return json.loads(unpad(data, AES.block_size))
        except (ValueError, KeyError):
            return {"items": []}


codec = CartCodec(CART_KEY)


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
    qty = max(1, min(int(request.form.get("qty", 1)), 99))
    cart["items"].append({"sku": sku, "qty": qty})
    resp = make_response(jsonify(cart))
    resp.set_cookie(CART_COOKIE, codec.encode(cart), httponly=True, secure=True)
    return resp
