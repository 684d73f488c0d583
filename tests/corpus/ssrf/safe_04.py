# corpus: cwe=918 label=safe
import requests
from flask import Flask, request

app = Flask(__name__)
REGIONS = {
    "eu": "https://eu.api.example.com",
    "us": "https://us.api.example.com",
}


@app.route("/status")
def regional_status():
    base = REGIONS.get(request.args.get("region", "eu"), REGIONS["eu"])
    return requests.get(base + "/status", timeout=3).json()
