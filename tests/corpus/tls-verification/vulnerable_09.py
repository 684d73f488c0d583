# corpus: cwe=295 label=vulnerable
import requests
import urllib3
from flask import Flask, request

app = Flask(__name__)
urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)


@app.post("/orders")
def create_order():
    order = request.get_json()
    requests.post("https://erp.partner.example/hooks/order", json=order, verify=False, timeout=5)
    return {"queued": True}, 202
