# corpus: cwe=601 label=vulnerable
"""Newsletter subscription confirmation."""
from django.core.signing import BadSignature, TimestampSigner
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.views.decorators.http import require_GET

from .models import Subscriber

signer = TimestampSigner(salt="newsletter-confirm")
MAX_AGE = 60 * 60 * 48


def _load_subscriber(token):
    try:
        email = signer.unsign(token, max_age=MAX_AGE)
    except BadSignature:
        return None
    return Subscriber.objects.filter(email=email).first()


@require_GET
def confirm(request):
    subscriber = _load_subscriber(request.GET.get("token", ""))
    if subscriber is None:
        return HttpResponseBadRequest("This confirmation link is invalid or has expired.")
    if not subscriber.confirmed:
        subscriber.confirmed = True
        subscriber.save(update_fields=["confirmed"])
    target = request.GET.get("next", "/newsletter/thanks/")
    return HttpResponseRedirect(target)
