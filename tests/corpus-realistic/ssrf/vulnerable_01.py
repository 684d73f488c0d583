# corpus: cwe=918 label=vulnerable
"""Image proxy used to serve third-party images over HTTPS."""
import hashlib

import requests
from flask import Flask, Response, abort, request

app = Flask(__name__)

MAX_BYTES = 5 * 1024 * 1024
ALLOWED_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp")
_cache = {}


def cache_key(url):
    return hashlib.sha256(url.encode("utf-8")).hexdigest()


def fetch_image(url):
    key = cache_key(url)
    if key in _cache:
        return _cache[key]
    resp = requests.get(url, timeout=5, stream=True)
    resp.raise_for_status()
    content_type = resp.headers.get("Content-Type", "").split(";")[0]
    body = resp.raw.read(MAX_BYTES + 1, decode_content=True)
    if len(body) > MAX_BYTES:
        raise ValueError("image too large")
    _cache[key] = (content_type, body)
    return content_type, body


@app.route("/img")
def proxy_image():
    url = request.args.get("url", "").strip()
    if not url.startswith(("http://", "https://")):
        abort(400)
    try:
        content_type, body = fetch_image(url)
    except (requests.RequestException, ValueError):
        abort(502)
    if content_type not in ALLOWED_TYPES:
        abort(415)
    return Response(body, mimetype=content_type, headers={"Cache-Control": "max-age=86400"})
