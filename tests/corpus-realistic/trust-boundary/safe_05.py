# corpus: cwe=501 label=safe
"""Checkout blueprint: promotions are resolved on the server."""
import time
from decimal import Decimal

from flask import Blueprint, jsonify, request, session

from .catalog import cart_subtotal
from .promotions import lookup_promotion

checkout = Blueprint("checkout", __name__, url_prefix="/checkout")


def order_total():
    subtotal = cart_subtotal(session.get("cart", []))
    code = session.get("promo_code")
    promo = lookup_promotion(code) if code else None
    pct = promo.discount_pct if promo else Decimal(0)
    return (subtotal * (Decimal(100) - pct) / Decimal(100)).quantize(Decimal("0.01"))


@checkout.post("/start")
def start():
    session["checkout_step"] = "address"
    session["checkout_started"] = int(time.time())
    return jsonify(step="address")


@checkout.post("/promo")
def apply_promo():
    code = request.form.get("code", "").strip().upper()
    promo = lookup_promotion(code)
    if promo is None or not promo.active:
        return jsonify(error="that code is not valid"), 400
    session["promo_code"] = promo.code
    return jsonify(code=promo.code, total=str(order_total()))


@checkout.get("/summary")
def summary():
    return jsonify(
        items=len(session.get("cart", [])),
        promo=session.get("promo_code"),
        total=str(order_total()),
    )
