# corpus: cwe=601 label=vulnerable
"""Checkout flow: payment provider sends the customer back to us afterwards."""
from dataclasses import dataclass

from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404

from .models import Order
from .payments import PaymentGateway

gateway = PaymentGateway()


@dataclass
class CheckoutContext:
    order_id: int
    success_url: str
    cancel_url: str

    def to_session(self):
        return {"order_id": self.order_id, "success": self.success_url, "cancel": self.cancel_url}

    @classmethod
    def from_session(cls, data):
        return cls(data["order_id"], data["success"], data["cancel"])


def start_checkout(request, order_id):
    order = get_object_or_404(Order, pk=order_id, customer=request.user)
    ctx = CheckoutContext(
        order_id=order.pk,
        success_url=request.GET.get("success_url", "/orders/%d/" % order.pk),
        cancel_url=request.GET.get("cancel_url", "/cart/"),
    )
    request.session["checkout"] = ctx.to_session()
    payment_url = gateway.create_session(order, callback=request.build_absolute_uri("/checkout/return/"))
    return HttpResponseRedirect(payment_url)


def checkout_return(request):
    ctx = CheckoutContext.from_session(request.session.pop("checkout"))
    order = get_object_or_404(Order, pk=ctx.order_id)
    if gateway.is_paid(order.payment_reference):
        order.mark_paid()
        return HttpResponseRedirect(ctx.success_url)
    return HttpResponseRedirect(ctx.cancel_url)
