# corpus: cwe=918 label=safe
"""Chat notifications: customers connect Slack or Teams incoming webhooks."""
import json
from dataclasses import dataclass
from urllib.parse import urlsplit

import requests
from flask import Blueprint, jsonify, request

hooks_bp = Blueprint("chat_hooks", __name__, url_prefix="/api/chat-hooks")

WEBHOOK_HOSTS = {
    "slack": {"hooks.slack.com"},
    "teams": {"outlook.office.com", "outlook.office365.com"},
}


@dataclass
class ChatHook:
    account_id: str
    kind: str
    url: str


REGISTRY = {}


def validate_hook_url(kind, url):
    parts = urlsplit(url)
    allowed = WEBHOOK_HOSTS.get(kind, set())
    if parts.scheme != "https" or parts.hostname not in allowed or parts.port not in (None, 443):
        raise ValueError("webhook URL must point at %s" % kind)
    return url


def deliver(hook, text):
    url = validate_hook_url(hook.kind, hook.url)
    payload = {"text": text}
    resp = requests.post(url, data=json.dumps(payload), timeout=10, allow_redirects=False)
    return resp.status_code


@hooks_bp.route("", methods=["POST"])
def register():
    body = request.get_json(force=True)
    kind = body.get("kind", "slack")
    try:
        url = validate_hook_url(kind, body.get("url", "").strip())
    except ValueError as exc:
        return jsonify(error=str(exc)), 400
    REGISTRY[request.headers["X-Account-Id"]] = ChatHook(request.headers["X-Account-Id"], kind, url)
    return jsonify(ok=True), 201


@hooks_bp.route("/test", methods=["POST"])
def send_test():
    hook = REGISTRY.get(request.headers["X-Account-Id"])
    if hook is None:
        return jsonify(error="no hook registered"), 404
    return jsonify(status=deliver(hook, "Test notification from Example"))
