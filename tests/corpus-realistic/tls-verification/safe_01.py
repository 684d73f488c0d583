# corpus: cwe=295 label=safe
"""Shipping-rate lookups proxied to the carrier's API."""
import os

import requests
from flask import Flask, jsonify, request

app = Flask(__name__)

CARRIER_API = "https://api.carrier.example.net/v2/rates"
ALLOWED_SERVICES = {"standard", "express", "overnight"}

http = requests.Session()
http.headers["Authorization"] = "Bearer " + os.environ.get("CARRIER_API_KEY", "")


def parcel_from_request(args):
    return {
        "weight_kg": float(args.get("weight", "1")),
        "length_cm": int(args.get("length", "30")),
        "width_cm": int(args.get("width", "20")),
        "height_cm": int(args.get("height", "10")),
    }


def fetch_rates(origin, destination, parcel, service):
    resp = http.get(
        CARRIER_API,
        params={"from": origin, "to": destination, "service": service, **parcel},
        timeout=8,
    )
    resp.raise_for_status()
    return resp.json()["rates"]


@app.route("/shipping/quote")
def quote():
    service = request.args.get("service", "standard").lower()
    if service not in ALLOWED_SERVICES:
        return jsonify({"error": "unknown service"}), 400
    try:
        parcel = parcel_from_request(request.args)
    except ValueError:
        return jsonify({"error": "bad parcel dimensions"}), 400
    try:
        rates = fetch_rates(request.args.get("from", "DE"), request.args.get("to", "DE"), parcel, service)
    except requests.exceptions.SSLError:
        app.logger.error("carrier TLS handshake failed")
        return jsonify({"error": "carrier unavailable"}), 502
    cheapest = min(rates, key=lambda r: r["amount"]) if rates else None
    return jsonify({"rates": rates, "cheapest": cheapest})
