# corpus: cwe=611 label=safe
import xml.sax
from xml.sax.handler import ContentHandler, feature_external_ges, feature_external_pes

import defusedxml.sax
from flask import Flask, request

app = Flask(__name__)


class CountHandler(ContentHandler):
    count = 0

    def startElement(self, name, attrs):
        self.count += 1


@app.route("/count", methods=["POST"])
def count_elements():
    handler = CountHandler()
    defusedxml.sax.parseString(request.get_data(), handler)
    return {"elements": handler.count}


def local_reader():
    reader = xml.sax.make_parser()
    reader.setFeature(feature_external_ges, False)
    reader.setFeature(feature_external_pes, False)
    return reader
