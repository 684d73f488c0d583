# corpus: cwe=489 label=vulnerable
from flask import Flask, jsonify

app = Flask(__name__)
app.debug = True


@app.get("/health")
def health():
    return jsonify(status="ok")
