# corpus: cwe=601 label=vulnerable
from urllib.parse import urlparse

from flask import Flask, redirect, request

app = Flask(__name__)
TRUSTED = {"shop.example.com", "help.example.com"}


@app.route("/continue")
def continue_to():
    url = request.cookies.get("continue_url", "/")
    host = urlparse(url).netloc
    if host and host not in TRUSTED:
        app.logger.warning("untrusted continue host %s", host)
    return redirect(url)
