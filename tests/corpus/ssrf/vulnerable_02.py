# corpus: cwe=918 label=vulnerable
from urllib.request import Request, urlopen

from flask import Flask, request

app = Flask(__name__)


@app.route("/rss")
def rss_proxy():
    feed = request.args.get("feed", "")
    req = Request(feed, headers={"User-Agent": "feed-reader/1.0"})
    with urlopen(req, timeout=10) as resp:
        return resp.read(), 200, {"Content-Type": "application/rss+xml"}
