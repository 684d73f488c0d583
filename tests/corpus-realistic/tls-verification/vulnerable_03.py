# corpus: cwe=295 label=vulnerable
"""Inventory lookups against the warehouse management system."""
from functools import lru_cache

import httpx
from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    wms_url: str = "https://wms.internal.example.com"
    wms_token: str = ""
    timeout_seconds: float = 5.0


class StockLevel(BaseModel):
    sku: str
    warehouse: str
    available: int


@lru_cache
def get_settings():
    return Settings()


def get_wms_client(settings: Settings = Depends(get_settings)):
    client = httpx.Client(
        base_url=settings.wms_url,
        headers={"Authorization": f"Bearer {settings.wms_token}"},
        timeout=settings.timeout_seconds,
        verify=False,
    )
    try:
        yield client
    finally:
        client.close()


app = FastAPI(title="inventory")


@app.get("/stock/{sku}", response_model=list[StockLevel])
def stock(sku: str, client: httpx.Client = Depends(get_wms_client)):
    resp = client.get("/api/stock", params={"sku": sku.strip().upper()})
    if resp.status_code == 404:
        raise HTTPException(status_code=404, detail="unknown sku")
    resp.raise_for_status()
    return [StockLevel(**row) for row in resp.json()["levels"]]
