# corpus: cwe=601 label=vulnerable
"""Click tracking for outbound links in marketing e-mails."""
import time

from flask import Flask, make_response, request

app = Flask(__name__)


class ClickLog:
    def __init__(self):
        self.rows = []

    def record(self, campaign, url, user_agent):
        self.rows.append((time.time(), campaign, url, user_agent[:200]))


clicks = ClickLog()


def tracked_destination(params):
    data = {
        "campaign": params.get("c", "unknown"),
        "url": params.get("u", "https://www.example.com/"),
    }
    return data


@app.route("/t/click")
def track_click():
    data = tracked_destination(request.args)
    clicks.record(data["campaign"], data["url"], request.headers.get("User-Agent", ""))
    resp = make_response("", 302)
    resp.headers["Location"] = data["url"]
    resp.headers["Cache-Control"] = "no-store"
    return resp


@app.route("/t/stats")
def stats():
    return {"clicks": len(clicks.rows)}
