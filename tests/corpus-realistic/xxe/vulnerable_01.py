# corpus: cwe=611 label=vulnerable
"""Invoice import endpoint for the billing service."""
from decimal import Decimal

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)

NS = {"inv": "urn:example:invoice:2.1"}


def _text(node, path, default=""):
    found = node.find(path, namespaces=NS)
    if found is None or found.text is None:
        return default
    return found.text.strip()


def _line_items(root):
    items = []
    for line in root.iterfind("inv:Lines/inv:Line", namespaces=NS):
        items.append(
            {
                "sku": _text(line, "inv:Sku"),
                "description": _text(line, "inv:Description"),
                "quantity": int(_text(line, "inv:Quantity", "0") or 0),
                "unit_price": str(Decimal(_text(line, "inv:UnitPrice", "0"))),
            }
        )
    return items


@app.route("/api/invoices/import", methods=["POST"])
def import_invoice():
    if request.content_type not in ("application/xml", "text/xml"):
        return jsonify(error="expected an XML body"), 415

    parser = etree.XMLParser(
        remove_blank_text=True,
        resolve_entities=True,
        load_dtd=True,
    )
    try:
        root = etree.fromstring(request.get_data(), parser)
    except etree.XMLSyntaxError as exc:
        return jsonify(error="malformed invoice", detail=str(exc)), 400

    invoice = {
        "number": _text(root, "inv:Number"),
        "supplier": _text(root, "inv:Supplier/inv:Name"),
        "currency": _text(root, "inv:Currency", "EUR"),
        "lines": _line_items(root),
    }
    if not invoice["number"]:
        return jsonify(error="invoice number missing"), 422
    return jsonify(imported=invoice), 201


if __name__ == "__main__":
    app.run(port=5050)
