# corpus: cwe=918 label=vulnerable
"""Link previews for the chat application."""
import re
import urllib.request
from html.parser import HTMLParser

from flask import Flask, jsonify, request

app = Flask(__name__)

URL_IN_TEXT = re.compile(r"https?://\S+")
USER_AGENT = "ChatPreviewBot/1.0"


class MetaParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta = {}

    def handle_starttag(self, tag, attrs):
        if tag != "meta":
            return
        attrs = dict(attrs)
        prop = attrs.get("property") or attrs.get("name")
        if prop in ("og:title", "og:description", "og:image"):
            self.meta[prop[3:]] = attrs.get("content", "")


def first_url(text):
    match = URL_IN_TEXT.search(text)
    return match.group(0).rstrip(".,)") if match else None


def fetch_preview(url):
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    with urllib.request.urlopen(req, timeout=4) as resp:
        html = resp.read(256 * 1024).decode("utf-8", "replace")
    parser = MetaParser()
    parser.feed(html)
    return parser.meta


@app.route("/messages/preview", methods=["POST"])
def preview():
    text = request.form.get("text", "")
    url = first_url(text)
    if url is None:
        return jsonify(preview=None)
    try:
        return jsonify(preview=fetch_preview(url), url=url)
    except OSError:
        return jsonify(preview=None, url=url)
