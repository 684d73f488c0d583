# corpus: cwe=295 label=safe
"""Payment callbacks: confirm the charge with the acquirer before fulfilling."""
import json
import logging

import requests
from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from orders.models import Order

log = logging.getLogger(__name__)

ACQUIRER_BASE = "https://acquirer.example-pay.com/api/v1"


def acquirer_tls_verify():
    return getattr(settings, "ACQUIRER_CA_BUNDLE", None) or True


def confirm_charge(charge_id):
    resp = requests.post(
        "%s/charges/%s/confirm" % (ACQUIRER_BASE, charge_id),
        auth=(settings.ACQUIRER_MERCHANT_ID, settings.ACQUIRER_SECRET),
        timeout=15,
        verify=acquirer_tls_verify(),
    )
    resp.raise_for_status()
    return resp.json()


@csrf_exempt
@require_POST
def acquirer_callback(request):
    try:
        event = json.loads(request.body)
        charge_id = str(event["charge_id"]).strip()
        order_ref = str(event["reference"]).strip()
    except (ValueError, KeyError):
        return HttpResponseBadRequest("bad payload")
    if not charge_id.isalnum():
        return HttpResponseBadRequest("bad charge id")

    order = Order.objects.filter(reference=order_ref, status="pending").first()
    if order is None:
        return HttpResponse(status=404)

    result = confirm_charge(charge_id)
    if result.get("status") == "captured" and result.get("amount") == order.total_cents:
        order.mark_paid(charge_id)
        log.info("order %s paid", order.reference)
    return HttpResponse("ok")
