# corpus: cwe=918 label=safe
"""Exchange rates shown on the checkout page."""
from decimal import Decimal

import requests
from django.core.cache import cache
from django.http import JsonResponse
from django.views.decorators.http import require_GET

RATES_ENDPOINT = "https://api.rates.example.org/latest"
SUPPORTED = {"USD", "EUR", "GBP", "JPY", "CHF"}


def latest_rates(base):
    key = f"fx:{base}"
    rates = cache.get(key)
    if rates is None:
        resp = requests.get(RATES_ENDPOINT, params={"base": base}, timeout=4)
        resp.raise_for_status()
        rates = resp.json()["rates"]
        cache.set(key, rates, 600)
    return rates


@require_GET
def convert(request):
    base = request.GET.get("from", "USD").upper()
    target = request.GET.get("to", "EUR").upper()
    if base not in SUPPORTED or target not in SUPPORTED:
        return JsonResponse({"error": "unsupported currency"}, status=400)
    amount = Decimal(request.GET.get("amount", "1"))
    try:
        rate = Decimal(str(latest_rates(base)[target]))
    except (requests.RequestException, KeyError):
        return JsonResponse({"error": "rates unavailable"}, status=503)
    return JsonResponse({"from": base, "to": target, "result": str(amount * rate)})
