# corpus: cwe=611 label=vulnerable
from flask import Flask, request
from lxml import objectify

app = Flask(__name__)


@app.route("/config/upload", methods=["POST"])
def upload_config():
    cfg = objectify.fromstring(request.files["config"].read())
    return {"version": str(cfg.version), "name": str(cfg.name)}
