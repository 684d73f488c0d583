# corpus: cwe=611 label=vulnerable
from xml.dom import pulldom

from flask import Flask, request

app = Flask(__name__)


@app.route("/stream-import", methods=["POST"])
def stream_import():
    events = pulldom.parseString(request.get_data(as_text=True))
    names = []
    for event, node in events:
        if event == pulldom.START_ELEMENT and node.tagName == "product":
            names.append(node.getAttribute("name"))
    return {"products": names}
