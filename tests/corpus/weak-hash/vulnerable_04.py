# corpus: cwe=328 label=vulnerable
import hashlib
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
WEBHOOK_SECRET = os.environ["WEBHOOK_SECRET"].encode()


@app.post("/hooks/billing")
def billing_hook():
    expected = hashlib.sha1(WEBHOOK_SECRET + request.get_data()).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("X-Signature", "")):
        abort(403)
    return "accepted"
