# corpus: cwe=327 label=safe
"""Tenant-configurable encryption profile for the document service."""
import base64
import os
from typing import Dict

from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, validator

app = FastAPI()

AEAD_ALGORITHMS = {"AES-256-GCM": AESGCM, "CHACHA20-POLY1305": ChaCha20Poly1305}
REFUSED = {"DES", "3DES", "RC4", "BLOWFISH", "AES-ECB"}


class EncryptionProfile(BaseModel):
    tenant: str
    algorithm: str = "AES-256-GCM"

    @validator("algorithm")
    def algorithm_is_aead(cls, value: str) -> str:
        name = value.strip().upper()
        if name in REFUSED:
            raise ValueError(f"{name} is not permitted")
        if name not in AEAD_ALGORITHMS:
            raise ValueError("unsupported algorithm")
        return name


class Document(BaseModel):
    text: str


_profiles: Dict[str, EncryptionProfile] = {}
_keys: Dict[str, bytes] = {}


@app.put("/tenants/{tenant}/profile")
def set_profile(tenant: str, profile: EncryptionProfile):
    _profiles[tenant] = profile
    _keys.setdefault(tenant, os.urandom(32))
    return {"tenant": tenant, "algorithm": profile.algorithm}


@app.post("/tenants/{tenant}/documents")
def encrypt_document(tenant: str, doc: Document):
    profile = _profiles.get(tenant)
    if profile is None:
        raise HTTPException(404, "tenant has no profile")
    aead = AEAD_ALGORITHMS[profile.algorithm](_keys[tenant])
    nonce = os.urandom(12)
    blob = aead.encrypt(nonce, doc.text.encode(), tenant.encode())
    return {"algorithm": profile.algorithm, "payload": base64.b64encode(nonce + blob).decode()}
