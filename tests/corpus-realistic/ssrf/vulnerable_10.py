# corpus: cwe=918 label=vulnerable
"""Batch URL validator used by the CMS link checker."""
import asyncio
from typing import List

import aiohttp
from fastapi import FastAPI
from pydantic import BaseModel, Field

app = FastAPI()


class LinkCheckRequest(BaseModel):
    links: List[str] = Field(..., max_items=50)
    timeout_seconds: float = 5.0


class LinkResult(BaseModel):
    url: str
    status: int = 0
    ok: bool = False


async def probe(session: aiohttp.ClientSession, url: str) -> LinkResult:
    try:
        async with session.get(url, allow_redirects=True) as resp:
            return LinkResult(url=url, status=resp.status, ok=resp.status < 400)
    except (aiohttp.ClientError, asyncio.TimeoutError):
        return LinkResult(url=url)


@app.post("/links/check", response_model=List[LinkResult])
async def check_links(body: LinkCheckRequest):
    timeout = aiohttp.ClientTimeout(total=body.timeout_seconds)
    unique = list(dict.fromkeys(link.strip() for link in body.links))
    async with aiohttp.ClientSession(timeout=timeout) as session:
        results = await asyncio.gather(*(probe(session, url) for url in unique))
    return list(results)
