# corpus: cwe=601 label=safe
"""Newsletter subscription confirmation."""
from django.conf import settings
from django.core.signing import BadSignature, TimestampSigner
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET

from .models import Subscriber

signer = TimestampSigner(salt="newsletter-confirm")
MAX_AGE = 60 * 60 * 48
THANKS_URL = "/newsletter/thanks/"


def _load_subscriber(token):
    try:
        email = signer.unsign(token, max_age=MAX_AGE)
    except BadSignature:
        return None
    return Subscriber.objects.filter(email=email).first()


def _next_url(request):
    candidate = request.GET.get("next", "")
    allowed = {request.get_host(), *getattr(settings, "NEWSLETTER_REDIRECT_HOSTS", ())}
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts=allowed, require_https=request.is_secure()
    ):
        return candidate
    return THANKS_URL


@require_GET
def confirm(request):
    subscriber = _load_subscriber(request.GET.get("token", ""))
    if subscriber is None:
        return HttpResponseBadRequest("This confirmation link is invalid or has expired.")
    if not subscriber.confirmed:
        subscriber.confirmed = True
        subscriber.save(update_fields=["confirmed"])
    return HttpResponseRedirect(_next_url(request))
