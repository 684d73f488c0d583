# corpus: cwe=327 label=safe
"""Customer e-mail addresses encrypted deterministically so they stay searchable."""
import base64

from cryptography.hazmat.primitives.ciphers.aead import AESSIV
from django.conf import settings
from django.db import models
from django.http import JsonResponse
from django.views.decorators.http import require_GET


def _siv():
    return AESSIV(base64.b64decode(settings.EMAIL_SIV_KEY))


def seal_email(address: str) -> str:
    normalised = address.strip().lower().encode("utf-8")
    return base64.b64encode(_siv().encrypt(normalised, [b"customer-email"])).decode()


def open_email(stored: str) -> str:
    return _siv().decrypt(base64.b64decode(stored), [b"customer-email"]).decode("utf-8")


class CustomerQuerySet(models.QuerySet):
    def with_email(self, address):
        return self.filter(email_sealed=seal_email(address))


class Customer(models.Model):
    name = models.CharField(max_length=200)
    email_sealed = models.CharField(max_length=512, unique=True)

    objects = CustomerQuerySet.as_manager()

    @property
    def email(self):
        return open_email(self.email_sealed)

    @email.setter
    def email(self, value):
        self.email_sealed = seal_email(value)


@require_GET
def lookup_customer(request):
    if not request.user.has_perm("crm.view_customer"):
        return JsonResponse({"error": "forbidden"}, status=403)
    address = request.GET.get("email", "")
    customer = Customer.objects.with_email(address).first()
    if customer is None:
        return JsonResponse({"found": False})
    return JsonResponse({"found": True, "id": customer.pk, "name": customer.name})
