# corpus: cwe=501 label=vulnerable
from django.shortcuts import redirect


def apply_discount(request):
    discount = request.GET.get("discount_percent", "0")
    request.session.update({"discount_percent": discount, "discount_applied": True})
    return redirect("cart")
