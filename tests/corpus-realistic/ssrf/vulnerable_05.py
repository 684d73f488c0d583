# corpus: cwe=918 label=vulnerable
"""API playground: lets integrators replay requests against their own endpoints."""
import requests
from flask import Blueprint, jsonify, request

playground_bp = Blueprint("playground", __name__)

ALLOWED_METHODS = {"GET", "POST", "PUT", "DELETE"}


def build_calls(form):
    urls = [u.strip() for u in form.getlist("url") if u.strip()]
    method = form.get("method", "GET").upper()
    if method not in ALLOWED_METHODS:
        method = "GET"
    return [(method, u) for u in urls[:5]]


def run_call(method, url, body=None):
    resp = requests.request(method, url, data=body, timeout=8, allow_redirects=False)
    return {
        "url": url,
        "status": resp.status_code,
        "elapsed_ms": int(resp.elapsed.total_seconds() * 1000),
        "length": len(resp.content),
    }


@playground_bp.route("/playground/run", methods=["POST"])
def run():
    calls = build_calls(request.form)
    body = request.form.get("body")
    results = []
    for method, url in calls:
        try:
            results.append(run_call(method, url, body))
        except requests.RequestException as exc:
            results.append({"url": url, "error": exc.__class__.__name__})
    return jsonify(results=results)
