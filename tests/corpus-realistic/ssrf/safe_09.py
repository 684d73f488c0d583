# corpus: cwe=918 label=safe
"""Regional inventory lookup fanned out to the per-region services."""
from enum import Enum

import requests
from fastapi import FastAPI, HTTPException

app = FastAPI()


class Region(str, Enum):
    eu = "eu"
    us = "us"
    apac = "apac"


REGION_BASE_URLS = {
    Region.eu: "https://inventory.eu.internal.example.com",
    Region.us: "https://inventory.us.internal.example.com",
    Region.apac: "https://inventory.apac.internal.example.com",
}


def stock_level(region: Region, sku: str) -> int:
    base = REGION_BASE_URLS[region]
    resp = requests.get(f"{base}/v1/stock", params={"sku": sku}, timeout=3)
    resp.raise_for_status()
    return int(resp.json()["available"])


@app.get("/stock/{region}/{sku}")
def get_stock(region: Region, sku: str):
    try:
        available = stock_level(region, sku.upper())
    except requests.RequestException:
        raise HTTPException(status_code=503, detail=f"{region.value} inventory unavailable")
    return {"region": region.value, "sku": sku.upper(), "available": available}
