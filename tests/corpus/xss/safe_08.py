# corpus: cwe=79 label=safe
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/debug/headers")
def show_headers():
    agent = request.headers.get("User-Agent", "")
    lang = request.headers.get("Accept-Language", "")
    return jsonify({"user_agent": agent, "language": lang})
