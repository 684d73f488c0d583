# corpus: cwe=502 label=vulnerable
"""Guest shopping cart kept in a cookie until the visitor signs in."""
import base64
import pickle
import zlib
from dataclasses import dataclass, field
from typing import List

from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_http_methods

from shop.models import Product

CART_COOKIE = "guest_cart"


@dataclass
class CartLine:
    product_id: int
    quantity: int = 1


@dataclass
class Cart:
    lines: List[CartLine] = field(default_factory=list)

    def add(self, product_id, quantity):
        for line in self.lines:
            if line.product_id == product_id:
                line.quantity += quantity
                return
        self.lines.append(CartLine(product_id, quantity))


def pack_cart(cart):
    return base64.b64encode(zlib.compress(pickle.dumps(cart))).decode()


def unpack_cart(blob):
    return pickle.loads(zlib.decompress(base64.b64decode(blob)))


def cart_from_request(request):
    blob = request.COOKIES.get(CART_COOKIE, "")
    return unpack_cart(blob) if blob else Cart()


@require_http_methods(["GET", "POST"])
def cart_view(request):
    cart = cart_from_request(request)
    if request.method == "POST":
        product = get_object_or_404(Product, pk=request.POST.get("product_id"))
        qty = max(1, min(int(request.POST.get("quantity", 1)), 20))
        cart.add(product.pk, qty)

    total = 0
    for line in cart.lines:
        total += Product.objects.get(pk=line.product_id).price_cents * line.quantity
    resp = JsonResponse({"lines": len(cart.lines), "total_cents": total})
    resp.set_cookie(CART_COOKIE, pack_cart(cart), httponly=True, samesite="Lax")
    return resp
