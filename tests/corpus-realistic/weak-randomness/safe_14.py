# corpus: cwe=338 label=safe
"""Small edge gateway: picks a healthy upstream and adds a CSP nonce."""
import base64
import os
import random
import secrets
from typing import List

import httpx
from fastapi import FastAPI, Request, Response

app = FastAPI()

UPSTREAMS: List[str] = [u.strip() for u in os.environ.get("UPSTREAMS", "").split(",") if u.strip()]


class UpstreamPool:
    def __init__(self, urls: List[str]):
        self.urls = list(urls)
        self.unhealthy = set()

    def pick(self) -> str:
        healthy = [u for u in self.urls if u not in self.unhealthy] or self.urls
        return random.choice(healthy)

    def mark_down(self, url: str) -> None:
        self.unhealthy.add(url)


pool = UpstreamPool(UPSTREAMS)


def csp_nonce() -> str:
    return base64.b64encode(secrets.token_bytes(16)).decode("ascii")


@app.get("/{path:path}")
async def proxy(path: str, request: Request):
    upstream = pool.pick()
    async with httpx.AsyncClient(base_url=upstream, timeout=5.0) as client:
        try:
            upstream_resp = await client.get("/" + path, params=dict(request.query_params))
        except httpx.TransportError:
            pool.mark_down(upstream)
            return Response(status_code=502)
    nonce = csp_nonce()
    headers = {
        "Content-Security-Policy": f"script-src 'self' 'nonce-{nonce}'",
        "X-Upstream": upstream.rsplit("/", 1)[-1],
        "X-CSP-Nonce": nonce,
    }
    return Response(
        content=upstream_resp.content,
        status_code=upstream_resp.status_code,
        media_type=upstream_resp.headers.get("content-type"),
        headers=headers,
    )
