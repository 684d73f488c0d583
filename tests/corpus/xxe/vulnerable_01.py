# corpus: cwe=611 label=vulnerable
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.route("/api/orders", methods=["POST"])
def create_order():
    order = etree.fromstring(request.get_data())
    sku = order.findtext("sku")
    qty = int(order.findtext("quantity", "1"))
    return jsonify(sku=sku, quantity=qty), 201
