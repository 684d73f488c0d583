# corpus: cwe=614 label=vulnerable
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/api/login", methods=["POST"])
def api_login():
    creds = request.get_json()
    token = "tok-" + creds["username"]
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("api_token", token, httponly=True, samesite="Strict")
    return resp
