# corpus: cwe=22 label=vulnerable
from pathlib import Path

from flask import Flask, request

app = Flask(__name__)
NOTES = Path("/home/notes/data")


@app.route("/notes/save", methods=["PUT"])
def save_note():
    payload = request.get_json(force=True)
    note_file = NOTES / payload["title"]
    note_file.write_text(payload.get("body", ""), encoding="utf-8")
    return {"ok": True}
