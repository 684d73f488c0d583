# corpus: cwe=918 label=vulnerable
"""Thin gateway in front of the partner catalogue API."""
import os

import requests
from fastapi import FastAPI, HTTPException, Query, Request

app = FastAPI()

PARTNER_BASE = "https://api.partner.example"
PARTNER_TOKEN = os.environ.get("PARTNER_TOKEN", "")


class PartnerClient:
    def __init__(self, base: str = PARTNER_BASE, token: str = PARTNER_TOKEN):
        self.base = base
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"

    def get(self, resource: str, params=None):
        response = self.session.get(self.base + resource, params=params, timeout=10)
        if response.status_code == 404:
            raise HTTPException(status_code=404)
        response.raise_for_status()
        return response.json()


client = PartnerClient()


@app.get("/catalogue")
def catalogue(request: Request, resource: str = Query("/products")):
    params = {k: v for k, v in request.query_params.items() if k != "resource"}
    try:
        return client.get(resource, params=params)
    except requests.RequestException:
        raise HTTPException(status_code=502, detail="partner API unavailable")
