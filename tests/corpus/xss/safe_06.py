# corpus: cwe=79 label=safe
import html

from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/api/echo", methods=["POST"])
def echo():
    payload = request.get_json(silent=True) or {}
    message = html.escape(payload.get("message", ""), quote=True)
    resp = make_response(f"<html><body>{message}</body></html>")
    resp.headers["Cache-Control"] = "no-store"
    return resp
