# corpus: cwe=22 label=safe
import os

from flask import Flask, request, send_file

app = Flask(__name__)
EXPORT_FILES = {
    "orders": "orders-latest.csv",
    "customers": "customers-latest.csv",
}


@app.route("/export")
def export():
    kind = request.args.get("kind", "orders")
    filename = EXPORT_FILES.get(kind, "orders-latest.csv")
    return send_file(os.path.join("/srv/exports", filename), as_attachment=True)
