# corpus: cwe=377 label=vulnerable
import json

from flask import Flask, jsonify

app = Flask(__name__)


@app.post("/reports/nightly")
def nightly_report():
    summary = {"orders": 1204, "refunds": 17}
    with open("/tmp/nightly-report.json", "w") as fh:
        json.dump(summary, fh)
    return jsonify(saved="/tmp/nightly-report.json")
