# corpus: cwe=377 label=vulnerable
"""Accept large uploads, spool them to disk, then hand them to the scanner service."""
import os
import shutil
import tempfile

import httpx
from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()

SCANNER_URL = os.environ.get("SCANNER_URL", "http://scanner:8080/scan")
MAX_BYTES = 200 * 1024 * 1024


def spool_path():
    return os.path.join(tempfile.gettempdir(), "upload-%d.bin" % os.getpid())


def spool(upload):
    target = spool_path()
    with open(target, "wb") as out:
        shutil.copyfileobj(upload.file, out, length=1024 * 1024)
    if os.path.getsize(target) > MAX_BYTES:
        os.remove(target)
        raise HTTPException(status_code=413, detail="file too large")
    return target


async def submit_to_scanner(path, filename):
    async with httpx.AsyncClient(timeout=60) as client:
        with open(path, "rb") as fh:
            resp = await client.post(SCANNER_URL, files={"file": (filename, fh)})
    resp.raise_for_status()
    return resp.json()


@app.post("/uploads")
async def upload(file: UploadFile = File(...)):
    path = spool(file)
    try:
        verdict = await submit_to_scanner(path, file.filename or "upload.bin")
    finally:
        os.remove(path)
    return {"filename": file.filename, "clean": verdict.get("clean", False)}
