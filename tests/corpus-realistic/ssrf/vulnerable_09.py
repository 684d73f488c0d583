# corpus: cwe=918 label=vulnerable
"""Metadata resolver for package manifests."""
from typing import Optional

import httpx
from fastapi import FastAPI, HTTPException, Query

app = FastAPI()


async def get_json(url: str, timeout: float = 6.0) -> dict:
    async with httpx.AsyncClient(timeout=timeout) as client:
        response = await client.get(url)
        response.raise_for_status()
        return response.json()


def summarize(manifest: dict) -> dict:
    return {
        "name": manifest.get("name"),
        "version": manifest.get("version"),
        "dependencies": sorted((manifest.get("dependencies") or {}).keys()),
    }


@app.get("/manifest")
async def resolve_manifest(
    source: str = Query(..., description="URL of a package.json"),
    field: Optional[str] = None,
):
    try:
        manifest = await get_json(source)
    except httpx.HTTPError:
        raise HTTPException(status_code=502, detail="could not fetch manifest")
    summary = summarize(manifest)
    if field:
        return {field: summary.get(field)}
    return summary
