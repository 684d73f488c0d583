# corpus: cwe=601 label=safe
"""Click tracking for outbound links in marketing e-mails."""
import time

from flask import Flask, abort, make_response, request

app = Flask(__name__)

CAMPAIGN_LINKS = {
    "spring-sale": "https://www.example.com/sale?utm_source=email&utm_campaign=spring",
    "new-arrivals": "https://www.example.com/new?utm_source=email",
    "blog": "https://blog.example.com/?utm_source=email",
}


class ClickLog:
    def __init__(self):
        self.rows = []

    def record(self, campaign, user_agent):
        self.rows.append((time.time(), campaign, user_agent[:200]))


clicks = ClickLog()


@app.route("/t/click")
def track_click():
    campaign = request.args.get("c", "").strip().lower()
    destination = CAMPAIGN_LINKS.get(campaign)
    if destination is None:
        abort(404)
    clicks.record(campaign, request.headers.get("User-Agent", ""))
    resp = make_response("", 302)
    resp.headers["Location"] = destination
    resp.headers["Cache-Control"] = "no-store"
    return resp
