# corpus: cwe=328 label=vulnerable
"""Generates expiring download links that the CDN edge validates."""
import base64
import hashlib
import hmac
import os
import time
from typing import Optional

from fastapi import Depends, FastAPI, HTTPException, Query
from pydantic import BaseModel

app = FastAPI()

LINK_SECRET = os.environ["CDN_LINK_SECRET"]
CDN_BASE = os.environ.get("CDN_BASE", "https://cdn.example.net")


class LinkRequest(BaseModel):
    path: str
    ttl: int = 3600
    client_ip: Optional[str] = None


def current_customer() -> dict:
    return {"id": 1, "entitled_prefixes": ["/courses/", "/ebooks/"]}


def secure_link_hash(path: str, expires: int, client_ip: str = "") -> str:
    material = f"{expires}{path}{client_ip} {LINK_SECRET}"
    digest = hashlib.md5(material.encode()).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def build_link(path: str, ttl: int, client_ip: str = "") -> str:
    expires = int(time.time()) + ttl
    token = secure_link_hash(path, expires, client_ip)
    return f"{CDN_BASE}{path}?md5={token}&expires={expires}"


@app.post("/downloads/link")
def create_link(req: LinkRequest, customer: dict = Depends(current_customer)):
    path = "/" + req.path.lstrip("/")
    if not any(path.startswith(p) for p in customer["entitled_prefixes"]):
        raise HTTPException(status_code=403, detail="not entitled")
    ttl = max(60, min(req.ttl, 86400))
    return {"url": build_link(path, ttl, req.client_ip or "")}


@app.get("/downloads/check")
def check_link(path: str, md5: str = Query(...), expires: int = Query(...)):
    if expires < time.time():
        raise HTTPException(status_code=410, detail="expired")
    return {"valid": hmac.compare_digest(secure_link_hash(path, expires), md5)}
