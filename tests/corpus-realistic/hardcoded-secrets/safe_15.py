# corpus: cwe=798 label=safe
"""Checkout views that talk to the payment provider."""
import requests
from django.conf import settings
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.cache import cache
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views import View

from orders.models import Order

TOKEN_URL = "https://auth.payments.example.net/oauth/token"
TOKEN_CACHE_KEY = "payments:access_token"
GRANT_TYPE = "client_credentials"


class PaymentGateway:
    base_url = "https://api.payments.example.net/v2"

    def __init__(self, client_id=None, client_secret=None):
        conf = settings.PAYMENTS
        self.client_id = client_id or conf["CLIENT_ID"]
        self.client_secret = client_secret or conf["CLIENT_SECRET"]

    def access_token(self):
        token = cache.get(TOKEN_CACHE_KEY)
        if token:
            return token
        resp = requests.post(
            TOKEN_URL,
            data={"grant_type": GRANT_TYPE},
            auth=(self.client_id, self.client_secret),
            timeout=10,
        )
        resp.raise_for_status()
        body = resp.json()
        cache.set(TOKEN_CACHE_KEY, body["access_token"], body.get("expires_in", 300) - 30)
        return body["access_token"]

    def create_intent(self, amount_cents, currency, reference):
        resp = requests.post(
            f"{self.base_url}/payment_intents",
            json={"amount": amount_cents, "currency": currency, "reference": reference},
            headers={"Authorization": f"Bearer {self.access_token()}"},
            timeout=15,
        )
        resp.raise_for_status()
        return resp.json()


class StartPaymentView(LoginRequiredMixin, View):
    def post(self, request, order_id):
        order = get_object_or_404(Order, pk=order_id, customer=request.user, status="pending")
        intent = PaymentGateway().create_intent(order.total_cents, order.currency.lower(), f"order-{order.pk}")
        order.payment_intent = intent["id"]
        order.save(update_fields=["payment_intent"])
        return JsonResponse({"client_token": intent["client_token"]})
