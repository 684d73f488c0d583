# corpus: cwe=601 label=vulnerable
"""Partner referral landing page."""
from django.conf import settings
from django.shortcuts import redirect
from django.views.decorators.http import require_GET

from .models import Referral

COMPANY_DOMAIN = getattr(settings, "COMPANY_DOMAIN", "example.com")


def is_company_url(url):
    return COMPANY_DOMAIN in url.lower()


def record_referral(request, partner_code):
    Referral.objects.create(
        partner_code=partner_code[:32],
        ip=request.META.get("REMOTE_ADDR", ""),
        user_agent=request.META.get("HTTP_USER_AGENT", "")[:255],
    )


@require_GET
def referral_landing(request, partner_code):
    record_referral(request, partner_code)
    request.session["partner"] = partner_code
    dest = request.GET.get("dest", "")
    if dest and is_company_url(dest):
        return redirect(dest)
    return redirect("marketing:home")
