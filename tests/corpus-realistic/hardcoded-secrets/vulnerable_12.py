# corpus: cwe=798 label=vulnerable
"""Receives build notifications from the source-hosting service."""
import hashlib
import hmac
import json
import logging

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger("ci-hooks")

HOOK_SECRET = b"TWn0ZINyAu7xzij8Pi4c1li1pZ5CcIZVRptl"
WATCHED_BRANCHES = {"main", "release"}


def signature_valid(body: bytes, header: str, secret: bytes = HOOK_SECRET) -> bool:
    if not header.startswith("sha256="):
        return False
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header.split("=", 1)[1])


def branch_of(payload: dict) -> str:
    ref = payload.get("ref", "")
    return ref[len("refs/heads/"):] if ref.startswith("refs/heads/") else ""


def enqueue_build(repo: str, branch: str, commit: str) -> None:
    app.build_queue.put({"repo": repo, "branch": branch, "commit": commit})
    log.info("queued build for %s@%s (%s)", repo, branch, commit[:10])


@app.post("/hooks/push")
def on_push():
    body = request.get_data()
    if not signature_valid(body, request.headers.get("X-Hub-Signature-256", "")):
        abort(401)
    payload = json.loads(body)
    branch = branch_of(payload)
    if branch not in WATCHED_BRANCHES:
        return jsonify(skipped=True)
    enqueue_build(payload["repository"]["full_name"], branch, payload["after"])
    return jsonify(queued=True), 202
