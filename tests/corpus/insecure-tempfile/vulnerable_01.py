# corpus: cwe=377 label=vulnerable
import csv
import tempfile

from flask import Flask, send_file

app = Flask(__name__)


@app.route("/export/users.csv")
def export_users():
    path = tempfile.mktemp(suffix=".csv", prefix="users-")
    with open(path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "email"])
        writer.writerows([(1, "ada@example.com"), (2, "grace@example.com")])
    return send_file(path, as_attachment=True)
