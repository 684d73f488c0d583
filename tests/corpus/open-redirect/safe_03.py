# corpus: cwe=601 label=safe
from urllib.parse import urlsplit

from flask import Flask, abort, redirect, request

app = Flask(__name__)
TRUSTED_HOSTS = frozenset({"shop.example.com", "help.example.com"})


@app.route("/continue")
def continue_to():
    url = request.cookies.get("continue_url", "/")
    parts = urlsplit(url)
    if parts.scheme not in ("", "https") or parts.hostname not in TRUSTED_HOSTS:
        abort(400)
    return redirect(url)
