# corpus: cwe=611 label=safe
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/svg/validate", methods=["POST"])
def validate_svg():
    upload = request.files["image"]
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    tree = etree.parse(upload.stream, parser)
    return {"width": tree.getroot().get("width", "?")}
