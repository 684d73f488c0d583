# corpus: cwe=501 label=vulnerable
"""Checkout blueprint: applies a promotion before payment."""
from decimal import Decimal

from flask import Blueprint, jsonify, request, session

from .catalog import cart_subtotal

checkout = Blueprint("checkout", __name__, url_prefix="/checkout")


class PromoForm:
    def __init__(self, form):
        self.code = form.get("code", "").strip().upper()
        self.discount_pct = float(form.get("discount_pct", "0"))


def order_total():
    subtotal = cart_subtotal(session.get("cart", []))
    pct = Decimal(str(session.get("discount_pct", 0)))
    return (subtotal * (Decimal(100) - pct) / Decimal(100)).quantize(Decimal("0.01"))


@checkout.post("/promo")
def apply_promo():
    promo = PromoForm(request.form)
    if not promo.code:
        return jsonify(error="enter a code"), 400
    session.update(promo_code=promo.code, discount_pct=promo.discount_pct)
    return jsonify(code=promo.code, total=str(order_total()))


@checkout.get("/summary")
def summary():
    return jsonify(
        items=len(session.get("cart", [])),
        promo=session.get("promo_code"),
        total=str(order_total()),
    )
