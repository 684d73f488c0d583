# corpus: cwe=643 label=vulnerable
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
INVENTORY = etree.parse("/srv/shop/inventory.xml").getroot()


@app.route("/inventory/search")
def search_inventory():
    brand = request.args.get("brand", "")
    items = INVENTORY.xpath("//item[brand=\"%s\"]/name/text()" % brand)
    return jsonify(items=[str(i) for i in items])
