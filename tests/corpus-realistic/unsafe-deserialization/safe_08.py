# corpus: cwe=502 label=safe
"""Guest shopping cart kept in a signed cookie until the visitor signs in."""
from django.core import signing
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_http_methods

from shop.models import Product

CART_COOKIE = "guest_cart"
CART_SALT = "shop.guest-cart"
MAX_AGE = 14 * 24 * 3600


def pack_cart(lines):
    return signing.dumps({"lines": lines}, salt=CART_SALT, compress=True)


def unpack_cart(blob):
    try:
        data = signing.loads(blob, salt=CART_SALT, max_age=MAX_AGE)
    except signing.BadSignature:
        return {}
    return {int(pid): int(qty) for pid, qty in data.get("lines", {}).items()}


def cart_from_request(request):
    blob = request.COOKIES.get(CART_COOKIE)
    return unpack_cart(blob) if blob else {}


@require_http_methods(["GET", "POST"])
def cart_view(request):
    lines = cart_from_request(request)
    if request.method == "POST":
        product = get_object_or_404(Product, pk=request.POST.get("product_id"))
        qty = max(1, min(int(request.POST.get("quantity", 1)), 20))
        lines[product.pk] = lines.get(product.pk, 0) + qty

    prices = dict(Product.objects.filter(pk__in=lines).values_list("pk", "price_cents"))
    total = sum(prices.get(pid, 0) * qty for pid, qty in lines.items())
    resp = JsonResponse({"lines": len(lines), "total_cents": total})
    resp.set_cookie(CART_COOKIE, pack_cart({str(k): v for k, v in lines.items()}),
                    httponly=True, samesite="Lax", max_age=MAX_AGE)
    return resp
