# corpus: cwe=94 label=safe
import json
from decimal import Decimal

from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from pricing.models import Product

ADJUSTMENTS = {
    "markup_pct": lambda price, v: price * (1 + Decimal(str(v)) / 100),
    "discount_pct": lambda price, v: price * (1 - Decimal(str(v)) / 100),
    "flat_fee": lambda price, v: price + Decimal(str(v)),
}


def apply_rule(base, rule_steps):
    price = base
    for step in rule_steps:
        kind, value = step.get("type"), step.get("value", 0)
        if kind not in ADJUSTMENTS:
            raise ValueError(f"unknown adjustment {kind!r}")
        price = ADJUSTMENTS[kind](price, value)
    return price.quantize(Decimal("0.01"))


@require_POST
def preview_rule(request):
    try:
        payload = json.loads(request.body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return HttpResponseBadRequest("invalid JSON")
    product = get_object_or_404(Product, pk=payload.get("product"))
    quantity = int(payload.get("quantity", 1))
    try:
        unit_price = apply_rule(product.base_price, payload.get("steps", []))
    except (ValueError, ArithmeticError) as exc:
        return JsonResponse({"error": str(exc)}, status=422)
    return JsonResponse({"unit_price": str(unit_price), "total": str(unit_price * quantity)})
