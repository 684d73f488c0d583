# corpus: cwe=327 label=vulnerable
"""Stores third-party integration credentials for each tenant."""
import base64
import json

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad
from django.conf import settings
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import JsonResponse
from django.views import View

from .models import Integration


class CredentialVault:
    def __init__(self, key_b64=None):
        key = base64.b64decode(key_b64 or settings.INTEGRATION_VAULT_KEY)
        self.key = DES3.adjust_key_parity(key)

    def lock(self, creds: dict) -> str:
        iv = get_random_bytes(DES3.block_size)
        cipher = DES3.new(self.key, DES3.MODE_CBC, iv=iv)
        blob = cipher.encrypt(pad(json.dumps(creds).encode(), DES3.block_size))
        return base64.b64encode(iv + blob).decode()

    def unlock(self, stored: str) -> dict:
        raw = base64.b64decode(stored)
        cipher = DES3.new(self.key, DES3.MODE_CBC, iv=raw[: DES3.block_size])
        return json.loads(unpad(cipher.decrypt(raw[DES3.block_size:]), DES3.block_size))


vault = CredentialVault()


class IntegrationView(LoginRequiredMixin, View):
    allowed_providers = ("salesforce", "hubspot", "zendesk")

    def post(self, request, provider):
        if provider not in self.allowed_providers:
            return JsonResponse({"error": "unknown provider"}, status=404)
        creds = {
            "client_id": request.POST.get("client_id", "").strip(),
            "client_secret": request.POST.get("client_secret", "").strip(),
        }
        Integration.objects.update_or_create(
            tenant=request.user.profile.tenant,
            provider=provider,
            defaults={"credentials": vault.lock(creds)},
        )
        return JsonResponse({"saved": provider})

    def get(self, request, provider):
        integ = Integration.objects.filter(
            tenant=request.user.profile.tenant, provider=provider
        ).first()
        if integ is None:
            return JsonResponse({"configured": False})
        creds = vault.unlock(integ.credentials)
        return JsonResponse({"configured": True, "client_id": creds["client_id"]})
