# corpus: cwe=377 label=safe
import csv
import tempfile

from flask import Flask, send_file

app = Flask(__name__)


@app.route("/export/users.csv")
def export_users():
    with tempfile.NamedTemporaryFile("w", suffix=".csv", newline="", delete=False) as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "email"])
        writer.writerows([(1, "ada@example.com"), (2, "grace@example.com")])
    return send_file(fh.name, as_attachment=True)
