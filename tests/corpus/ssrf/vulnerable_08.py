# corpus: cwe=918 label=vulnerable
import requests
from flask import Flask, request

app = Flask(__name__)
INTERNAL_API = "http://inventory.internal:8080"


@app.route("/stock")
def stock():
    service = request.headers.get("X-Service-Url", INTERNAL_API)
    sku = request.args.get("sku", "")
    resp = requests.get(service + "/stock", params={"sku": sku}, timeout=3)
    return resp.json()
