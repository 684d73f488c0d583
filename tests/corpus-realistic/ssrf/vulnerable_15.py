# corpus: cwe=918 label=vulnerable
"""Import product data from a supplier's JSON endpoint."""
import requests
from flask import Flask, jsonify, request

app = Flask(__name__)

TRUSTED_SUPPLIER_DOMAIN = "suppliers.example.com"


def looks_trusted(url):
    return TRUSTED_SUPPLIER_DOMAIN in url


def normalise(record):
    return {
        "sku": str(record.get("sku", "")).upper(),
        "name": record.get("name", "").strip(),
        "stock": int(record.get("stock", 0)),
    }


def pull_products(url):
    resp = requests.get(url, timeout=10)
    resp.raise_for_status()
    return [normalise(r) for r in resp.json().get("products", [])]


@app.route("/admin/import", methods=["POST"])
def import_products():
    source = (request.get_json(silent=True) or {}).get("source", "")
    if not looks_trusted(source):
        return jsonify(error="unknown supplier"), 400
    try:
        products = pull_products(source)
    except (requests.RequestException, ValueError):
        return jsonify(error="could not read supplier feed"), 502
    return jsonify(count=len(products), skus=[p["sku"] for p in products])
