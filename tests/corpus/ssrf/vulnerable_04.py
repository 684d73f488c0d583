# corpus: cwe=918 label=vulnerable
import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/webhooks/test", methods=["POST"])
def test_webhook():
    endpoint = request.form.get("endpoint_url")
    http = requests.Session()
    http.headers.update({"X-Signature": "test"})
    reply = http.post(endpoint, json={"event": "ping"}, timeout=5)
    return {"delivered": reply.ok}
