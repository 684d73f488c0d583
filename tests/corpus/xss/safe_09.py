# corpus: cwe=79 label=safe
from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/export/notes.txt")
def export_notes():
    note = request.args.get("note", "")
    body = "Exported note:\n" + note + "\n"
    return Response(body, mimetype="text/plain")
