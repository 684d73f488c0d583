# corpus: cwe=918 label=safe
"""Metadata resolver for package manifests hosted on known registries."""
from typing import Optional
from urllib.parse import quote

import httpx
from fastapi import FastAPI, HTTPException, Query

app = FastAPI()

REGISTRIES = {
    "npm": "https://registry.npmjs.org/{name}/latest",
    "pypi": "https://pypi.org/pypi/{name}/json",
}


async def get_json(url: str, timeout: float = 6.0) -> dict:
    async with httpx.AsyncClient(timeout=timeout, follow_redirects=False) as client:
        response = await client.get(url)
        response.raise_for_status()
        return response.json()


def registry_url(registry: str, name: str) -> str:
    template = REGISTRIES.get(registry)
    if template is None:
        raise HTTPException(status_code=400, detail="unknown registry")
    return template.format(name=quote(name, safe="@"))


@app.get("/manifest")
async def resolve_manifest(
    name: str = Query(..., max_length=214),
    registry: str = "npm",
    field: Optional[str] = None,
):
    try:
        manifest = await get_json(registry_url(registry, name))
    except httpx.HTTPError:
        raise HTTPException(status_code=502, detail="could not fetch manifest")
    summary = {"name": manifest.get("name"), "version": manifest.get("version")}
    if field:
        return {field: summary.get(field)}
    return summary
