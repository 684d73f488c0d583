# corpus: cwe=798 label=vulnerable
"""Checkout views that talk to the payment provider."""
import requests
from django.conf import settings
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views import View

from orders.models import Order


class PaymentGateway:
    base_url = "https://api.payments.example.net/v2"
    client_id = "shop-web-prod"
    client_secret = "0RsvMB9HRpkBZ84hPydI3kCh8IY_QusJ"

    def __init__(self):
        self.session = requests.Session()
        self.session.auth = (self.client_id, self.client_secret)

    def create_intent(self, amount_cents, currency, reference):
        resp = self.session.post(
            f"{self.base_url}/payment_intents",
            json={"amount": amount_cents, "currency": currency, "reference": reference},
            timeout=15,
        )
        resp.raise_for_status()
        return resp.json()


gateway = PaymentGateway()


class StartPaymentView(LoginRequiredMixin, View):
    def post(self, request, order_id):
        order = get_object_or_404(Order, pk=order_id, customer=request.user, status="pending")
        intent = gateway.create_intent(
            amount_cents=order.total_cents,
            currency=order.currency.lower(),
            reference=f"order-{order.pk}",
        )
        order.payment_intent = intent["id"]
        order.save(update_fields=["payment_intent"])
        return JsonResponse(
            {
                "client_token": intent["client_token"],
                "return_url": settings.SITE_URL + order.get_absolute_url(),
            }
        )
