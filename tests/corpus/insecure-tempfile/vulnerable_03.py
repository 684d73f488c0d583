# corpus: cwe=377 label=vulnerable
import os

from flask import Flask, request

app = Flask(__name__)


@app.post("/avatar")
def upload_avatar():
    f = request.files["avatar"]
    dest = os.path.join("/tmp", f.filename)
    f.save(dest)
    return {"stored": dest}
