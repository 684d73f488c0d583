# corpus: cwe=79 label=vulnerable
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/api/echo", methods=["POST"])
def echo():
    payload = request.get_json(silent=True) or {}
    message = payload.get("message", "")
    resp = make_response(f"<html><body>{message}</body></html>")
    resp.headers["Cache-Control"] = "no-store"
    return resp
