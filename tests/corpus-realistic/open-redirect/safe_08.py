# corpus: cwe=601 label=safe
"""Checkout flow: payment provider sends the customer back to us afterwards."""
from dataclasses import dataclass

from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse

from .models import Order
from .payments import PaymentGateway

gateway = PaymentGateway()


@dataclass
class CheckoutContext:
    order_id: int
    came_from_cart: bool

    def to_session(self):
        return {"order_id": self.order_id, "cart": self.came_from_cart}

    @classmethod
    def from_session(cls, data):
        return cls(int(data["order_id"]), bool(data["cart"]))


def start_checkout(request, order_id):
    order = get_object_or_404(Order, pk=order_id, customer=request.user)
    ctx = CheckoutContext(order_id=order.pk, came_from_cart=request.GET.get("from") == "cart")
    request.session["checkout"] = ctx.to_session()
    callback = request.build_absolute_uri(reverse("checkout:return"))
    return HttpResponseRedirect(gateway.create_session(order, callback=callback))


def checkout_return(request):
    ctx = CheckoutContext.from_session(request.session.pop("checkout"))
    order = get_object_or_404(Order, pk=ctx.order_id, customer=request.user)
    if gateway.is_paid(order.payment_reference):
        order.mark_paid()
        return HttpResponseRedirect(reverse("orders:detail", args=[order.pk]))
    if ctx.came_from_cart:
        return HttpResponseRedirect(reverse("cart:show"))
    return HttpResponseRedirect(reverse("orders:detail", args=[order.pk]) + "?payment=cancelled")
