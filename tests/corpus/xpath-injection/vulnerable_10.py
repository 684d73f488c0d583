# corpus: cwe=643 label=vulnerable
import xml.etree.ElementTree as ET

from flask import Flask, request

app = Flask(__name__)
STORE = ET.parse("/srv/store/prices.xml")


@app.route("/price")
def price():
    product = request.values.get("product", "")
    node = STORE.getroot().find(".//product[@name='{}']/price".format(product))
    return node.text if node is not None else "n/a"
