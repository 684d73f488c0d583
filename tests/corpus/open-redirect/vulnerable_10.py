# corpus: cwe=601 label=vulnerable
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/api/logout", methods=["POST"])
def api_logout():
    body = request.get_json(silent=True) or {}
    if body.get("redirect"):
        return redirect(body["redirect"])
    return jsonify(status="logged out")
