# corpus: cwe=601 label=safe
"""Cart actions that bounce the user back to a known page."""
from flask import Blueprint, jsonify, redirect, request, session, url_for

cart_bp = Blueprint("cart", __name__, url_prefix="/cart")

RETURN_ENDPOINTS = {
    "shop": "shop.index",
    "product": "shop.product",
    "cart": "cart.show_cart",
    "wishlist": "account.wishlist",
}


def get_redirect_target():
    name = request.values.get("return", "shop")
    endpoint = RETURN_ENDPOINTS.get(name, "shop.index")
    if endpoint == "shop.product" and request.values.get("sku"):
        return url_for(endpoint, sku=request.values["sku"])
    if endpoint == "shop.product":
        endpoint = "shop.index"
    return url_for(endpoint)


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


@cart_bp.route("/", methods=["GET"])
def show_cart():
    return jsonify(_cart())
