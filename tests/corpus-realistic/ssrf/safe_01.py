# corpus: cwe=918 label=safe
"""Image proxy used to serve partner CDN images over our own domain."""
import hashlib
from urllib.parse import urlsplit

import requests
from flask import Flask, Response, abort, request

app = Flask(__name__)

MAX_BYTES = 5 * 1024 * 1024
ALLOWED_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp")
ALLOWED_IMAGE_HOSTS = {"images.partner-cdn.example", "static.example.com"}
_cache = {}


def is_allowed_source(url):
    parts = urlsplit(url)
    return parts.scheme == "https" and parts.hostname in ALLOWED_IMAGE_HOSTS and parts.port in (None, 443)


def fetch_image(url):
    key = hashlib.sha256(url.encode("utf-8")).hexdigest()
    if key in _cache:
        return _cache[key]
    resp = requests.get(url, timeout=5, stream=True, allow_redirects=False)
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
    if not is_allowed_source(url):
        abort(400)
    try:
        content_type, body = fetch_image(url)
    except (requests.RequestException, ValueError):
        abort(502)
    if content_type not in ALLOWED_TYPES:
        abort(415)
    return Response(body, mimetype=content_type, headers={"Cache-Control": "max-age=86400"})
