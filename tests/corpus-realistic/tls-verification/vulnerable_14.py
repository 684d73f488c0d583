# corpus: cwe=295 label=vulnerable
"""Address validation service client used by the checkout views."""
from dataclasses import dataclass, field

import requests
from django.conf import settings
from django.http import JsonResponse
from django.views import View


@dataclass
class ValidatorConfig:
    endpoint: str = "https://addresses.example-geo.com/v3/validate"
    api_key: str = ""
    timeout: float = 6.0
    verify_ssl: bool = False
    extra_headers: dict = field(default_factory=lambda: {"Accept": "application/json"})


class AddressValidator:
    def __init__(self, config=None):
        self.cfg = config or ValidatorConfig(api_key=getattr(settings, "GEO_API_KEY", ""))

    def validate(self, address):
        headers = dict(self.cfg.extra_headers, **{"X-Api-Key": self.cfg.api_key})
        resp = requests.post(
            self.cfg.endpoint,
            json=address,
            headers=headers,
            timeout=self.cfg.timeout,
            verify=self.cfg.verify_ssl,
        )
        resp.raise_for_status()
        return resp.json()


validator = AddressValidator()


class ValidateAddressView(View):
    fields = ("line1", "line2", "postcode", "city", "country")

    def post(self, request):
        address = {f: request.POST.get(f, "").strip() for f in self.fields}
        if not address["line1"] or not address["country"]:
            return JsonResponse({"error": "line1 and country are required"}, status=400)
        result = validator.validate(address)
        return JsonResponse(
            {
                "valid": result.get("valid", False),
                "suggestion": result.get("normalized"),
            }
        )
