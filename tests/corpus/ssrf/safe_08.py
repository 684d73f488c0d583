# corpus: cwe=918 label=safe
import requests
from flask import Flask, abort, request

app = Flask(__name__)
ALLOWED_PREFIX = "https://files.example.com/public/"


@app.route("/mirror")
def mirror():
    url = request.form.get("url", "")
    if not url.startswith(ALLOWED_PREFIX):
        abort(403)
    return requests.get(url, timeout=10).content
