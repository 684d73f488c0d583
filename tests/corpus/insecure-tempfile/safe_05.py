# corpus: cwe=377 label=safe
import tempfile

from flask import Flask, request

app = Flask(__name__)


@app.post("/import")
def import_csv():
    with tempfile.SpooledTemporaryFile(max_size=1 << 20, mode="w+b") as buf:
        request.files["data"].save(buf)
        buf.seek(0)
        return {"bytes": len(buf.read())}
