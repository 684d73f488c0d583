# corpus: cwe=95 label=safe
import importlib

from flask import Flask, abort, request

app = Flask(__name__)
REPORTS = {"daily": "reports.daily", "weekly": "reports.weekly"}


@app.get("/reports/run")
def run_report():
    module_name = REPORTS.get(request.args.get("name", ""))
    if module_name is None:
        abort(404)
    module = importlib.import_module(module_name)
    return module.build()
