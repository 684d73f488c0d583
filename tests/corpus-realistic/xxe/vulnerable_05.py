# corpus: cwe=611 label=vulnerable
"""Legacy SOAP-style price lookup kept for old point-of-sale terminals."""
from flask import Flask, Response, request
from lxml import etree

app = Flask(__name__)

SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/"
PRICES = {"A-100": "19.99", "A-200": "24.50", "B-310": "7.25"}


class PriceRequest:
    def __init__(self, envelope):
        body = envelope.find("{%s}Body" % SOAP_NS)
        lookup = body[0] if body is not None and len(body) else None
        self.skus = []
        self.store = ""
        if lookup is not None:
            self.store = (lookup.findtext("store") or "").strip()
            self.skus = [s.text.strip() for s in lookup.findall("sku") if s.text]


def render_response(req):
    env = etree.Element("{%s}Envelope" % SOAP_NS, nsmap={"soap": SOAP_NS})
    body = etree.SubElement(env, "{%s}Body" % SOAP_NS)
    result = etree.SubElement(body, "PriceResult", store=req.store)
    for sku in req.skus:
        item = etree.SubElement(result, "item", sku=sku)
        item.text = PRICES.get(sku, "unknown")
    return etree.tostring(env, xml_declaration=True, encoding="utf-8")


@app.route("/soap/prices", methods=["POST"])
def prices():
    payload = request.form.get("envelope") or request.get_data(as_text=True)
    envelope = etree.fromstring(payload.strip().encode("utf-8"))
    req = PriceRequest(envelope)
    return Response(render_response(req), mimetype="text/xml")
