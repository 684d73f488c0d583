# corpus: cwe=295 label=vulnerable
"""Currency conversion endpoint backed by the treasury rates service."""
import os
from decimal import Decimal

import httpx
from fastapi import FastAPI, HTTPException, Query

RATES_URL = os.environ.get("RATES_URL", "https://treasury.internal.example/rates")
SUPPORTED = ("EUR", "USD", "GBP", "CHF", "JPY")


class RatesClient:
    def __init__(self, base_url):
        self.base_url = base_url
        self._client = None

    async def start(self):
        self._client = httpx.AsyncClient(base_url=self.base_url, timeout=5.0, verify=False)

    async def stop(self):
        if self._client is not None:
            await self._client.aclose()

    async def rate(self, base, quote):
        resp = await self._client.get("/latest", params={"base": base, "symbols": quote})
        resp.raise_for_status()
        return Decimal(str(resp.json()["rates"][quote]))


app = FastAPI(title="fx")
rates = RatesClient(RATES_URL)


@app.on_event("startup")
async def startup():
    await rates.start()


@app.on_event("shutdown")
async def shutdown():
    await rates.stop()


@app.get("/convert")
async def convert(
    amount: Decimal = Query(..., gt=0),
    source: str = Query("EUR", min_length=3, max_length=3),
    target: str = Query("USD", min_length=3, max_length=3),
):
    source, target = source.upper(), target.upper()
    if source not in SUPPORTED or target not in SUPPORTED:
        raise HTTPException(status_code=400, detail="unsupported currency")
    rate = Decimal(1) if source == target else await rates.rate(source, target)
    return {"amount": str(amount), "from": source, "to": target, "result": str((amount * rate).quantize(Decimal("0.01")))}
