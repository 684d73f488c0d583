# corpus: cwe=295 label=safe
import os

import requests

# REQUESTS_CA_BUNDLE-style override for staging; verification stays on by default.
CA_BUNDLE = os.environ.get("PARTNER_CA_BUNDLE", True)


def push_order(order):
    resp = requests.post(
        "https://erp.partner.example/hooks/order", json=order, verify=CA_BUNDLE, timeout=5
    )
    return resp.status_code
