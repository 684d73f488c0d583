# corpus: cwe=611 label=safe
from defusedxml import ElementTree as DefusedET
from flask import Flask, request

app = Flask(__name__)


@app.route("/config/upload", methods=["POST"])
def upload_config():
    tree = DefusedET.parse(request.files["config"], forbid_dtd=True)
    root = tree.getroot()
    return {"version": root.findtext("version"), "name": root.findtext("name")}
