# corpus: cwe=22 label=safe
import uuid
from pathlib import Path

from flask import Flask, request

app = Flask(__name__)
NOTES = Path("/home/notes/data")


@app.route("/notes", methods=["POST"])
def create_note():
    payload = request.get_json(force=True)
    note_id = uuid.uuid4().hex
    (NOTES / (note_id + ".txt")).write_text(payload.get("body", ""), encoding="utf-8")
    return {"id": note_id, "title": payload.get("title")}, 201
