# corpus: cwe=611 label=vulnerable
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/svg/validate", methods=["POST"])
def validate_svg():
    upload = request.files["image"]
    tree = etree.parse(upload.stream)
    width = tree.getroot().get("width", "?")
    return {"width": width}
