# corpus: cwe=918 label=safe
from urllib.parse import urlparse

import requests
from flask import Flask, abort, request

app = Flask(__name__)
IMAGE_HOSTS = {"images.example.com", "uploads.example.com"}


@app.route("/thumb")
def thumbnail():
    src = request.args.get("src", "")
    parsed = urlparse(src)
    if parsed.scheme != "https" or parsed.hostname not in IMAGE_HOSTS:
        abort(400)
    return requests.get(src, timeout=5).content
