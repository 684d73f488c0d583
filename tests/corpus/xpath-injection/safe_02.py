# corpus: cwe=643 label=safe
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
INVENTORY = etree.parse("/srv/shop/inventory.xml").getroot()
ITEMS_BY_BRAND = etree.XPath("//item[brand=$brand]/name/text()")


@app.route("/inventory/search")
def search_inventory():
    brand = request.args.get("brand", "")
    items = ITEMS_BY_BRAND(INVENTORY, brand=brand)
    return jsonify(items=[str(i) for i in items])
