# corpus: cwe=798 label=safe
"""API-key authentication and response caching for the catalog service."""
import hashlib
import hmac
import json
from typing import Optional

from fastapi import Depends, FastAPI, HTTPException, Security
from fastapi.security import APIKeyHeader

app = FastAPI()

API_KEY_HEADER = "X-Api-Key"
KEY_PREFIX = "cache:catalog:"
TOKEN_TYPE = "api_key"
api_key_scheme = APIKeyHeader(name=API_KEY_HEADER, auto_error=False)


def key_fingerprint(raw_key: str) -> str:
    return hashlib.sha256(raw_key.encode("utf-8")).hexdigest()


def lookup_client(raw_key: Optional[str] = Security(api_key_scheme)) -> dict:
    if not raw_key:
        raise HTTPException(401, f"{API_KEY_HEADER} header required")
    fingerprint = key_fingerprint(raw_key)
    record = app.state.keys_repo.by_fingerprint(fingerprint)
    if record is None or not hmac.compare_digest(record["fingerprint"], fingerprint):
        raise HTTPException(401, "unknown api key")
    return record


def cache_key(*parts: str) -> str:
    return KEY_PREFIX + ":".join(p.lower() for p in parts)


@app.get("/catalog/{category}")
async def catalog(category: str, client: dict = Depends(lookup_client)):
    cache = app.state.redis
    key = cache_key(client["tenant"], category)
    cached = await cache.get(key)
    if cached:
        return json.loads(cached)
    items = await app.state.catalog_repo.list(category=category, tenant=client["tenant"])
    await cache.set(key, json.dumps(items), ex=300)
    return items
