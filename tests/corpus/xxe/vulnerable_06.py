# corpus: cwe=611 label=vulnerable
import xml.sax
from xml.sax.handler import ContentHandler, feature_external_ges

from flask import Flask, request

app = Flask(__name__)


class CountHandler(ContentHandler):
    def __init__(self):
        super().__init__()
        self.count = 0

    def startElement(self, name, attrs):
        self.count += 1


@app.route("/count", methods=["POST"])
def count_elements():
    handler = CountHandler()
    reader = xml.sax.make_parser()
    reader.setContentHandler(handler)
    reader.setFeature(feature_external_ges, True)
    reader.parse(request.files["doc"])
    return {"elements": handler.count}
