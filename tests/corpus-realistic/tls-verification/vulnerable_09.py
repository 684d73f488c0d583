# corpus: cwe=295 label=vulnerable
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
VERIFY_TLS = False


def confirm_charge(charge_id):
    resp = requests.post(
        ACQUIRER_BASE + "/charges/" + charge_id + "/confirm",
        auth=(settings.ACQUIRER_MERCHANT_ID, settings.ACQUIRER_SECRET),
        timeout=15,
        verify=VERIFY_TLS,
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
    else:
        log.warning("charge %s not captured: %s", charge_id, result.get("status"))
    return HttpResponse("ok")
