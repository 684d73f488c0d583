# corpus: cwe=918 label=safe
import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
GEOCODER = "https://geocode.example.com/v2/search"


@app.route("/geocode")
def geocode():
    address = request.args.get("address", "")
    resp = requests.get(GEOCODER, params={"q": address, "limit": 1}, timeout=3)
    return jsonify(resp.json())
