# corpus: cwe=918 label=vulnerable
from urllib.parse import urlparse

import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/download")
def download():
    url = request.args["url"]
    if urlparse(url).scheme not in ("http", "https"):
        return "bad scheme", 400
    return requests.get(url, timeout=10).content
