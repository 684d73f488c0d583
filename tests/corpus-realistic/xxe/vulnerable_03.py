# corpus: cwe=611 label=vulnerable
"""Podcast feed ingestion: users upload an RSS export from their old host."""
import io
import xml.sax
from xml.sax.handler import ContentHandler, feature_external_ges, feature_namespaces

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
            self._field = name
            self._buffer = []
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


def parse_feed(data):
    handler = EpisodeCollector()
    reader = xml.sax.make_parser()
    reader.setFeature(feature_namespaces, False)
    reader.setFeature(feature_external_ges, True)
    reader.setContentHandler(handler)
    reader.parse(io.BytesIO(data))
    return handler.episodes


@app.post("/shows/<int:show_id>/import")
def import_feed(show_id):
    upload = request.files.get("feed")
    if upload is None:
        abort(400, "feed file required")
    episodes = parse_feed(upload.read())
    return jsonify(show=show_id, imported=len(episodes), episodes=episodes[:20])
