# corpus: cwe=611 label=safe
"""Podcast feed ingestion: users upload an RSS export from their old host."""
from xml.sax.handler import ContentHandler

import defusedxml.sax
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 4 * 1024 * 1024


class EpisodeCollector(ContentHandler):
    FIELDS = {"title", "link", "pubDate", "description", "guid"}

    def __init__(self):
        super().__init__()
        self.episodes = []
        self._current = None
        self._field = None
        self._buffer = []

    def startElement(self, name, attrs):
        if name == "item":
            self._current = {}
        elif self._current is not None and name in self.FIELDS:
            self._field, self._buffer = name, []
        elif self._current is not None and name == "enclosure":
            self._current["audio"] = attrs.get("url")

    def characters(self, content):
        if self._field:
            self._buffer.append(content)

    def endElement(self, name):
        if self._field == name:
            self._current[name] = "".join(self._buffer).strip()
            self._field = None
        elif name == "item" and self._current is not None:
            self.episodes.append(self._current)
            self._current = None


def parse_feed(data: bytes):
    handler = EpisodeCollector()
    defusedxml.sax.parseString(data, handler, forbid_dtd=True)
    return handler.episodes


@app.post("/shows/<int:show_id>/import")
def import_feed(show_id):
    upload = request.files.get("feed")
    if upload is None:
        abort(400, "feed file required")
    try:
        episodes = parse_feed(upload.read())
    except Exception:
        abort(400, "feed could not be parsed")
    return jsonify(show=show_id, imported=len(episodes), episodes=episodes[:20])
