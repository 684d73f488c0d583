# corpus: cwe=501 label=vulnerable
from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = "replace-me"


@app.route("/api/context", methods=["PUT"])
def set_context():
    ctx = request.get_json(force=True)
    session.update(ctx)
    return jsonify(saved=list(ctx))
