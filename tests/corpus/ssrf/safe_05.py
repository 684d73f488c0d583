# corpus: cwe=918 label=safe
import requests
from flask import Flask, request

app = Flask(__name__)
session = requests.Session()
BILLING = "https://billing.internal.example.com/invoices/"


@app.route("/invoice")
def invoice():
    number = request.args.get("n", "")
    resp = session.get(BILLING + number, timeout=5)
    return resp.content, resp.status_code
