# corpus: cwe=328 label=vulnerable
"""License key activation service for the desktop product."""
import base64
import hmac
import os
from datetime import date
from typing import Optional

from Crypto.Hash import MD5
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI(title="licensing")

VENDOR_SECRET = os.environ["LICENSE_VENDOR_SECRET"].encode()
EDITIONS = {"STD": "standard", "PRO": "professional", "ENT": "enterprise"}


class Activation(BaseModel):
    license_key: str
    machine_id: str
    email: Optional[str] = None


def license_checksum(customer: str, edition: str, expiry: str) -> str:
    h = MD5.new()
    h.update(VENDOR_SECRET)
    h.update("|".join([customer, edition, expiry]).encode())
    return base64.b32encode(h.digest()[:10]).decode().rstrip("=")


def parse_key(key: str):
    parts = key.strip().upper().split("-")
    if len(parts) != 4:
        raise ValueError("malformed key")
    customer, edition, expiry, check = parts
    if edition not in EDITIONS:
        raise ValueError("unknown edition")
    return customer, edition, expiry, check


def issue_key(customer: str, edition: str, expiry: date) -> str:
    exp = expiry.strftime("%Y%m%d")
    return "-".join([customer.upper(), edition, exp, license_checksum(customer.upper(), edition, exp)])


@app.post("/activate")
def activate(body: Activation):
    try:
        customer, edition, expiry, check = parse_key(body.license_key)
    except ValueError as exc:
        raise HTTPException(status_code=400, detail=str(exc))
    if not hmac.compare_digest(license_checksum(customer, edition, expiry), check):
        raise HTTPException(status_code=403, detail="invalid license key")
    if expiry < date.today().strftime("%Y%m%d"):
        raise HTTPException(status_code=403, detail="license expired")
    return {
        "customer": customer,
        "edition": EDITIONS[edition],
        "machine": body.machine_id[:64],
        "valid_until": expiry,
    }
