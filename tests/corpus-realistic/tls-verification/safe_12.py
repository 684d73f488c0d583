# corpus: cwe=295 label=safe
"""Currency conversion endpoint backed by the treasury rates service."""
import os
from decimal import Decimal

import certifi
import httpx
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

RATES_URL = os.environ.get("RATES_URL", "https://treasury.internal.example/rates")
SUPPORTED = ("EUR", "USD", "GBP", "CHF", "JPY")


class ConversionRequest(BaseModel):
    amount: Decimal = Field(..., gt=0)
    source: str = "EUR"
    target: str = "USD"
    verify_email: bool = False
    notify: bool = False


class RatesClient:
    def __init__(self, base_url, ca_bundle=None):
        self.base_url = base_url
        self.ca_bundle = ca_bundle or certifi.where()
        self._client = None

    async def start(self):
        self._client = httpx.AsyncClient(base_url=self.base_url, timeout=5.0, verify=self.ca_bundle)

    async def stop(self):
        if self._client is not None:
            await self._client.aclose()

    async def rate(self, base, quote):
        resp = await self._client.get("/latest", params={"base": base, "symbols": quote})
        resp.raise_for_status()
        return Decimal(str(resp.json()["rates"][quote]))


app = FastAPI(title="fx")
rates = RatesClient(RATES_URL, ca_bundle=os.environ.get("TREASURY_CA_BUNDLE"))


@app.on_event("startup")
async def startup():
    await rates.start()


@app.on_event("shutdown")
async def shutdown():
    await rates.stop()


@app.post("/convert")
async def convert(body: ConversionRequest):
    source, target = body.source.upper(), body.target.upper()
    if source not in SUPPORTED or target not in SUPPORTED:
        raise HTTPException(status_code=400, detail="unsupported currency")
    rate = Decimal(1) if source == target else await rates.rate(source, target)
    result = (body.amount * rate).quantize(Decimal("0.01"))
    return {"amount": str(body.amount), "from": source, "to": target, "result": str(result)}
