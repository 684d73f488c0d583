# corpus: cwe=918 label=vulnerable
"""Outgoing webhooks: customers register a URL and we POST events to it."""
import hashlib
import hmac
import json
import time
from dataclasses import dataclass, field

import requests
from flask import Blueprint, jsonify, request

hooks_bp = Blueprint("webhooks", __name__, url_prefix="/api/webhooks")


@dataclass
class Webhook:
    account_id: str
    url: str
    secret: str
    events: list = field(default_factory=lambda: ["*"])


REGISTRY = {}


def sign(secret, payload):
    return hmac.new(secret.encode(), payload, hashlib.sha256).hexdigest()


def deliver(hook, event, data):
    payload = json.dumps({"event": event, "data": data, "ts": int(time.time())}).encode()
    headers = {"Content-Type": "application/json", "X-Signature": sign(hook.secret, payload)}
    resp = requests.post(hook.url, data=payload, headers=headers, timeout=10)
    return resp.status_code


@hooks_bp.route("", methods=["POST"])
def register():
    body = request.get_json(force=True)
    hook = Webhook(
        account_id=request.headers["X-Account-Id"],
        url=body["url"].strip(),
        secret=body["secret"],
        events=body.get("events", ["*"]),
    )
    REGISTRY[hook.account_id] = hook
    return jsonify(ok=True), 201


@hooks_bp.route("/test", methods=["POST"])
def send_test_event():
    hook = REGISTRY.get(request.headers["X-Account-Id"])
    if hook is None:
        return jsonify(error="no webhook registered"), 404
    status = deliver(hook, "ping", {"message": "hello"})
    return jsonify(delivered=status < 400, status=status)
