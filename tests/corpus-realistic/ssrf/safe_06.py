# corpus: cwe=918 label=safe
"""VAT number validation against the tax authority's lookup service."""
import http.client
import json
import re
from urllib.parse import quote

from django.http import JsonResponse
from django.views.decorators.http import require_GET

VAT_HOST = "vat-lookup.tax.example.eu"
VAT_PATTERN = re.compile(r"[A-Z]{2}[0-9A-Z]{2,12}")


def lookup_vat(number, timeout=5):
    conn = http.client.HTTPSConnection(VAT_HOST, 443, timeout=timeout)
    try:
        conn.request("GET", "/v1/check/" + quote(number, safe=""), headers={"Accept": "application/json"})
        resp = conn.getresponse()
        body = resp.read()
    finally:
        conn.close()
    if resp.status != 200:
        return None
    return json.loads(body)


@require_GET
def validate_vat(request):
    number = request.GET.get("vat", "").replace(" ", "").upper()
    if not VAT_PATTERN.fullmatch(number):
        return JsonResponse({"valid": False, "reason": "format"})
    try:
        result = lookup_vat(number)
    except OSError:
        return JsonResponse({"valid": None, "reason": "service unavailable"}, status=503)
    if result is None:
        return JsonResponse({"valid": False, "reason": "not found"})
    return JsonResponse({"valid": bool(result.get("valid")), "name": result.get("name", "")})
