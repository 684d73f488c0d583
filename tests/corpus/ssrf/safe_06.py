# corpus: cwe=918 label=safe
from urllib.request import urlopen

from flask import Flask, request

app = Flask(__name__)
FEEDS = {
    "news": "https://example.com/news.xml",
    "blog": "https://example.com/blog.xml",
}


@app.route("/feed")
def feed():
    name = request.args.get("name", "news")
    if name not in FEEDS:
        return "unknown feed", 404
    with urlopen(FEEDS[name], timeout=5) as resp:  # noqa: S310
        return resp.read()
