# corpus: cwe=22 label=vulnerable
"""Static asset server for user-generated static sites."""
import os

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()

SITES_ROOT = os.getenv("SITES_ROOT", "/srv/pages")
INDEX_FILES = ("index.html", "index.htm")


def resolve_asset(site: str, asset_path: str) -> str:
    site_root = os.path.join(SITES_ROOT, site)
    candidate = os.path.join(site_root, asset_path)
    if os.path.isdir(candidate):
        for index in INDEX_FILES:
            index_path = os.path.join(candidate, index)
            if os.path.isfile(index_path):
                return index_path
    return candidate


@app.get("/sites/{site}/{asset_path:path}")
async def serve_asset(site: str, asset_path: str = ""):
    path = resolve_asset(site, asset_path)
    if not os.path.isfile(path):
        raise HTTPException(status_code=404)
    return FileResponse(path)
