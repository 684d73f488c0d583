# corpus: cwe=643 label=safe
import xml.etree.ElementTree as ET

from flask import Flask, request

app = Flask(__name__)
STORE = ET.parse("/srv/store/prices.xml")


@app.route("/price")
def price():
    product = request.values.get("product", "")
    for node in STORE.getroot().iterfind(".//product"):
        if node.get("name") == product:
            return node.findtext("price", "n/a")
    return "n/a"
