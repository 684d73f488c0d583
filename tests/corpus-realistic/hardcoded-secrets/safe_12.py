# corpus: cwe=798 label=safe
"""Receives build notifications from the source-hosting service."""
import hashlib
import hmac
import json
import logging
import os
from functools import lru_cache

import hvac
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger("ci-hooks")

VAULT_ADDR = os.environ.get("VAULT_ADDR", "https://vault.internal.example:8200")
VAULT_TOKEN_PATH = "/var/run/secrets/vault/token"
HOOK_SECRET_PATH = "ci/webhooks/push"
WATCHED_BRANCHES = {"main", "release"}


@lru_cache(maxsize=1)
def hook_secret() -> bytes:
    with open(VAULT_TOKEN_PATH, encoding="utf-8") as fh:
        token = fh.read().strip()
    client = hvac.Client(url=VAULT_ADDR, token=token)
    data = client.secrets.kv.v2.read_secret_version(path=HOOK_SECRET_PATH)
    return data["data"]["data"]["secret"].encode("utf-8")


def signature_valid(body: bytes, header: str) -> bool:
    algo, _, received = header.partition("=")
    if algo != "sha256" or not received:
        return False
    expected = hmac.new(hook_secret(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, received)


@app.post("/hooks/push")
def on_push():
    body = request.get_data()
    if not signature_valid(body, request.headers.get("X-Hub-Signature-256", "")):
        abort(401)
    payload = json.loads(body)
    ref = payload.get("ref", "")
    branch = ref.split("refs/heads/", 1)[-1] if ref.startswith("refs/heads/") else ""
    if branch not in WATCHED_BRANCHES:
        return jsonify(skipped=True)
    app.build_queue.put({"repo": payload["repository"]["full_name"], "branch": branch,
                         "commit": payload["after"]})
    return jsonify(queued=True), 202
