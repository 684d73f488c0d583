# corpus: cwe=295 label=vulnerable
"""Pull RSS/Atom feeds for the news widget."""
import ssl
import urllib.request

from defusedxml import ElementTree as ET
from flask import Flask, jsonify

ssl._create_default_https_context = ssl._create_unverified_context

app = Flask(__name__)

FEEDS = {
    "engineering": "https://blog.example.com/engineering/feed.xml",
    "status": "https://status.example.com/history.atom",
    "product": "https://blog.example.com/product/feed.xml",
}
ATOM = "{http://www.w3.org/2005/Atom}"


def download(url):
    with urllib.request.urlopen(url, timeout=10) as resp:
        return resp.read()


def parse_items(raw, limit):
    root = ET.fromstring(raw)
    items = []
    for node in root.iter("item"):
        items.append({"title": node.findtext("title", ""), "link": node.findtext("link", "")})
    for node in root.iter(ATOM + "entry"):
        link = node.find(ATOM + "link")
        items.append({"title": node.findtext(ATOM + "title", ""), "link": link.get("href") if link is not None else ""})
    return items[:limit]


@app.route("/widgets/news/<feed>")
def news(feed):
    url = FEEDS.get(feed)
    if url is None:
        return jsonify({"error": "unknown feed"}), 404
    return jsonify({"feed": feed, "items": parse_items(download(url), limit=8)})
