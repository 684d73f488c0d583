# corpus: cwe=501 label=safe
from django.shortcuts import redirect

DISCOUNT_CODES = {"WELCOME10": 10, "SPRING15": 15}


def apply_discount(request):
    code = request.GET.get("code", "")
    percent = DISCOUNT_CODES.get(code.upper(), 0)
    request.session.update({"discount_percent": percent, "discount_applied": percent > 0})
    return redirect("cart")
