# corpus: cwe=295 label=safe
"""Address validation service client used by the checkout views."""
from dataclasses import dataclass, field
from typing import Union

import requests
from django.conf import settings
from django.http import JsonResponse
from django.views import View


@dataclass
class ValidatorConfig:
    endpoint: str = "https://addresses.example-geo.com/v3/validate"
    api_key: str = ""
    timeout: float = 6.0
    verify_ssl: Union[bool, str] = True
    extra_headers: dict = field(default_factory=lambda: {"Accept": "application/json"})

    @classmethod
    def from_settings(cls):
        return cls(
            api_key=getattr(settings, "GEO_API_KEY", ""),
            verify_ssl=getattr(settings, "GEO_CA_BUNDLE", True),
        )


class AddressValidator:
    def __init__(self, config=None):
        self.cfg = config or ValidatorConfig.from_settings()
        self.session = requests.Session()
        self.session.verify = self.cfg.verify_ssl
        self.session.headers.update(self.cfg.extra_headers)

    def validate(self, address):
        resp = self.session.post(
            self.cfg.endpoint,
            json=address,
            headers={"X-Api-Key": self.cfg.api_key},
            timeout=self.cfg.timeout,
        )
        resp.raise_for_status()
        return resp.json()


class ValidateAddressView(View):
    fields = ("line1", "line2", "postcode", "city", "country")
    validator = None

    def post(self, request):
        if ValidateAddressView.validator is None:
            ValidateAddressView.validator = AddressValidator()
        address = {f: request.POST.get(f, "").strip() for f in self.fields}
        if not address["line1"] or not address["country"]:
            return JsonResponse({"error": "line1 and country are required"}, status=400)
        result = self.validator.validate(address)
        return JsonResponse({"valid": result.get("valid", False), "suggestion": result.get("normalized")})
