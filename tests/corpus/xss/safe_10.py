# corpus: cwe=79 label=safe
from flask import Flask, request

app = Flask(__name__)
STATUS_LABELS = {
    "ok": "<span class='green'>All systems go</span>",
    "degraded": "<span class='amber'>Degraded</span>",
    "down": "<span class='red'>Outage</span>",
}


@app.route("/status-badge")
def status_badge():
    state = request.args.get("state", "ok")
    if state not in STATUS_LABELS:
        state = "ok"
    return "<div class='badge'>" + STATUS_LABELS[state] + "</div>"
