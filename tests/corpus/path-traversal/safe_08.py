# corpus: cwe=22 label=safe
from pathlib import Path

from flask import Flask, abort, request

app = Flask(__name__)
REPORT_ROOT = Path("/srv/analytics/reports").resolve()


@app.route("/reports/view")
def view_report():
    wanted = (REPORT_ROOT / request.args.get("name", "")).resolve()
    if not wanted.is_relative_to(REPORT_ROOT) or not wanted.is_file():
        abort(404)
    return wanted.read_text()
