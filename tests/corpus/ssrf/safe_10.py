# corpus: cwe=918 label=safe
import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/webhook/register", methods=["POST"])
def register_webhook():
    callback = request.form.get("callback_url", "")
    app.logger.info("webhook registration requested for %s", callback)
    pending = {"callback": callback, "verified": False}
    requests.post("https://queue.example.com/jobs", json=pending, timeout=3)
    return {"queued": True}, 202
