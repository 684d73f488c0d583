# corpus: cwe=918 label=safe
"""Address autocomplete backed by the geocoding provider."""
import os

import requests
from flask import Flask, jsonify, request

app = Flask(__name__)

GEOCODER_URL = "https://geocoder.provider.example/v2/autocomplete"
API_KEY = os.environ.get("GEOCODER_API_KEY", "")


class Geocoder:
    def __init__(self, url=GEOCODER_URL, key=API_KEY):
        self.url = url
        self.key = key
        self.session = requests.Session()

    def suggest(self, text, country=None, limit=5):
        params = {"q": text, "limit": limit, "key": self.key}
        if country:
            params["country"] = country
        resp = self.session.get(self.url, params=params, timeout=3)
        resp.raise_for_status()
        return [s["label"] for s in resp.json().get("suggestions", [])]


geocoder = Geocoder()


@app.route("/address/suggest")
def suggest():
    text = request.args.get("q", "").strip()
    if len(text) < 3:
        return jsonify(suggestions=[])
    country = request.args.get("country", "").upper()[:2] or None
    try:
        suggestions = geocoder.suggest(text, country=country)
    except requests.RequestException:
        suggestions = []
    return jsonify(suggestions=suggestions)
