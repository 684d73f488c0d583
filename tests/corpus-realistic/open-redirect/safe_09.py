# corpus: cwe=601 label=safe
"""Partner referral landing page."""
from django.http import JsonResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_GET

from .models import Referral

LANDING_PAGES = {
    "pricing": "marketing:pricing",
    "signup": "accounts:signup",
    "demo": "marketing:book_demo",
    "docs": "https://docs.example.com/getting-started/",
}


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
    dest = request.GET.get("dest", "").strip().lower()
    return redirect(LANDING_PAGES.get(dest, "marketing:home"))


@require_GET
def referral_summary(request, partner_code):
    total = Referral.objects.filter(partner_code=partner_code[:32]).count()
    return JsonResponse({"partner": partner_code, "visits": total})
