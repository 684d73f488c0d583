# corpus: cwe=611 label=safe
"""Invoice import endpoint for the billing service."""
from decimal import Decimal, InvalidOperation

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException
from flask import Flask, jsonify, request

app = Flask(__name__)

NS = {"inv": "urn:example:invoice:2.1"}


def _text(node, path, default=""):
    found = node.find(path, NS)
    if found is None or found.text is None:
        return default
    return found.text.strip()


def _money(value):
    try:
        return str(Decimal(value).quantize(Decimal("0.01")))
    except InvalidOperation:
        return "0.00"


def parse_invoice(raw: bytes) -> dict:
    root = SafeET.fromstring(raw)
    lines = [
        {
            "sku": _text(line, "inv:Sku"),
            "quantity": int(_text(line, "inv:Quantity", "0") or 0),
            "unit_price": _money(_text(line, "inv:UnitPrice", "0")),
        }
        for line in root.iterfind("inv:Lines/inv:Line", NS)
    ]
    return {
        "number": _text(root, "inv:Number"),
        "supplier": _text(root, "inv:Supplier/inv:Name"),
        "currency": _text(root, "inv:Currency", "EUR"),
        "lines": lines,
    }


@app.route("/api/invoices/import", methods=["POST"])
def import_invoice():
    try:
        invoice = parse_invoice(request.get_data())
    except DefusedXmlException:
        return jsonify(error="document uses forbidden XML features"), 400
    except SafeET.ParseError as exc:
        return jsonify(error="malformed invoice", detail=str(exc)), 400

    if not invoice["number"]:
        return jsonify(error="invoice number missing"), 422
    return jsonify(imported=invoice), 201
