# corpus: cwe=611 label=safe
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
HARDENED = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


@app.route("/api/orders", methods=["POST"])
def create_order():
    order = etree.fromstring(request.get_data(), parser=HARDENED)
    sku = order.findtext("sku")
    qty = int(order.findtext("quantity", "1"))
    return jsonify(sku=sku, quantity=qty), 201
