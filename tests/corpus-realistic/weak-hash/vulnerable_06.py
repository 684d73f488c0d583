# corpus: cwe=328 label=vulnerable
"""Request signing for the public partner API."""
import hashlib
import hmac
import os
import time
from functools import wraps

from flask import Blueprint, abort, g, jsonify, request

api = Blueprint("partner_api", __name__, url_prefix="/partner/v1")

SIGNING = {
    "algorithm": "md5",
    "max_skew": 300,
    "header": "X-Api-Signature",
}


def load_partner_secrets():
    raw = os.environ.get("PARTNER_SECRETS", "")
    pairs = (item.split(":", 1) for item in raw.split(",") if ":" in item)
    return {key.strip(): secret.strip() for key, secret in pairs}


PARTNERS = load_partner_secrets()


def canonical_string(method, path, timestamp, body):
    return "\n".join([method.upper(), path, timestamp, body.decode("utf-8")])


def request_signature(secret, canonical):
    digest = hashlib.new(SIGNING["algorithm"])
    digest.update(secret.encode("utf-8"))
    digest.update(canonical.encode("utf-8"))
    return digest.hexdigest()


def signed(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        key = request.headers.get("X-Api-Key", "")
        ts = request.headers.get("X-Api-Timestamp", "0")
        secret = PARTNERS.get(key)
        if secret is None or not ts.isdigit() or abs(time.time() - int(ts)) > SIGNING["max_skew"]:
            abort(401)
        canonical = canonical_string(request.method, request.path, ts, request.get_data())
        expected = request_signature(secret, canonical)
        if not hmac.compare_digest(expected, request.headers.get(SIGNING["header"], "")):
            abort(401)
        g.partner = key
        return view(*args, **kwargs)

    return wrapper


@api.post("/orders")
@signed
def create_order():
    order = request.get_json(force=True)
    return jsonify(partner=g.partner, reference=order.get("reference")), 202


@api.get("/orders/<int:order_id>")
@signed
def get_order(order_id):
    return jsonify(partner=g.partner, id=order_id, status="processing")
