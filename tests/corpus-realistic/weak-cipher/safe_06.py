# corpus: cwe=327 label=safe
"""Exchange-rate endpoint backed by the treasury service over mutual TLS."""
import os
import ssl
from functools import lru_cache

import httpx
from flask import Flask, abort, jsonify, request

app = Flask(__name__)

TREASURY_URL = os.environ.get("TREASURY_URL", "https://treasury.internal.example:8443")
SUPPORTED = {"EUR", "USD", "GBP", "CHF", "JPY"}


@lru_cache(maxsize=1)
def treasury_tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=os.environ.get("TREASURY_CA_BUNDLE"))
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(os.environ["CLIENT_CERT"], os.environ["CLIENT_KEY"])
    return ctx


def treasury_client() -> httpx.Client:
    return httpx.Client(base_url=TREASURY_URL, verify=treasury_tls_context(), timeout=5.0)


def fetch_rate(base: str, quote: str) -> dict:
    with treasury_client() as client:
        resp = client.get("/v1/rates", params={"base": base, "quote": quote})
        resp.raise_for_status()
        return resp.json()


@app.get("/rates")
def rates():
    base = request.args.get("base", "EUR").upper()
    quotes = [q.strip().upper() for q in request.args.get("quote", "USD").split(",")]
    if base not in SUPPORTED or not set(quotes) <= SUPPORTED:
        abort(400)
    result = {}
    for quote in quotes:
        data = fetch_rate(base, quote)
        result[quote] = {"rate": data["rate"], "as_of": data["timestamp"]}
    return jsonify(base=base, rates=result)
