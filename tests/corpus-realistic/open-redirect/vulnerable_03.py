# corpus: cwe=601 label=vulnerable
"""Cart actions that bounce the user back to the page they came from."""
from flask import Blueprint, jsonify, redirect, request, session

cart_bp = Blueprint("cart", __name__, url_prefix="/cart")


def get_redirect_target(default="/shop"):
    for candidate in (request.values.get("next"), request.referrer):
        if candidate:
            return candidate
    return default


def _cart():
    return session.setdefault("cart", {})


@cart_bp.route("/add", methods=["POST"])
def add_item():
    sku = request.form["sku"].strip().upper()
    qty = max(1, int(request.form.get("qty", 1)))
    cart = _cart()
    cart[sku] = cart.get(sku, 0) + qty
    session.modified = True
    return redirect(get_redirect_target())


@cart_bp.route("/remove", methods=["POST"])
def remove_item():
    _cart().pop(request.form["sku"].strip().upper(), None)
    session.modified = True
    return redirect(get_redirect_target())


@cart_bp.route("/", methods=["GET"])
def show_cart():
    return jsonify(_cart())
