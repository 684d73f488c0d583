# corpus: cwe=611 label=safe
"""Legacy SOAP-style price lookup kept for old point-of-sale terminals."""
from defusedxml.minidom import parseString
from flask import Flask, Response, request
from xml.dom.minidom import getDOMImplementation

app = Flask(__name__)

PRICES = {"A-100": "19.99", "A-200": "24.50", "B-310": "7.25"}


class PriceRequest:
    def __init__(self, dom):
        store_nodes = dom.getElementsByTagName("store")
        self.store = ""
        if store_nodes and store_nodes[0].firstChild:
            self.store = store_nodes[0].firstChild.nodeValue.strip()
        self.skus = [
            n.firstChild.nodeValue.strip()
            for n in dom.getElementsByTagName("sku")
            if n.firstChild is not None
        ]


def render_response(req):
    impl = getDOMImplementation()
    doc = impl.createDocument(None, "PriceResult", None)
    root = doc.documentElement
    root.setAttribute("store", req.store)
    for sku in req.skus:
        item = doc.createElement("item")
        item.setAttribute("sku", sku)
        item.appendChild(doc.createTextNode(PRICES.get(sku, "unknown")))
        root.appendChild(item)
    return doc.toxml(encoding="utf-8")


@app.route("/soap/prices", methods=["POST"])
def prices():
    payload = request.form.get("envelope") or request.get_data(as_text=True)
    dom = parseString(payload.strip(), forbid_dtd=True)
    return Response(render_response(PriceRequest(dom)), mimetype="text/xml")
