# corpus: cwe=295 label=safe
"""Inventory lookups against the warehouse management system."""
import ssl
from functools import lru_cache

import httpx
from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    wms_url: str = "https://wms.internal.example.com"
    wms_token: str = ""
    wms_ca_file: str = "/etc/pki/tls/certs/wms-ca.crt"
    timeout_seconds: float = 5.0


class StockLevel(BaseModel):
    sku: str
    warehouse: str
    available: int


@lru_cache
def get_settings():
    return Settings()


@lru_cache
def tls_context(ca_file):
    return ssl.create_default_context(cafile=ca_file)


def get_wms_client(settings: Settings = Depends(get_settings)):
    with httpx.Client(
        base_url=settings.wms_url,
        headers={"Authorization": f"Bearer {settings.wms_token}"},
        timeout=settings.timeout_seconds,
        verify=tls_context(settings.wms_ca_file),
    ) as client:
        yield client


app = FastAPI(title="inventory")


@app.get("/stock/{sku}", response_model=list[StockLevel])
def stock(sku: str, client: httpx.Client = Depends(get_wms_client)):
    resp = client.get("/api/stock", params={"sku": sku.strip().upper()})
    if resp.status_code == 404:
        raise HTTPException(status_code=404, detail="unknown sku")
    resp.raise_for_status()
    return [StockLevel(**row) for row in resp.json()["levels"]]
