# corpus: cwe=377 label=safe
"""Accept large uploads, spool them to disk, then hand them to the scanner service."""
import os
import shutil
import tempfile

import httpx
from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()

SCANNER_URL = os.environ.get("SCANNER_URL", "http://scanner:8080/scan")
MAX_BYTES = 200 * 1024 * 1024
CHUNK = 1024 * 1024


def spool(upload):
    buf = tempfile.TemporaryFile()
    copied = 0
    while True:
        chunk = upload.file.read(CHUNK)
        if not chunk:
            break
        copied += len(chunk)
        if copied > MAX_BYTES:
            buf.close()
            raise HTTPException(status_code=413, detail="file too large")
        buf.write(chunk)
    buf.seek(0)
    return buf


async def submit_to_scanner(fileobj, filename):
    async with httpx.AsyncClient(timeout=60) as client:
        resp = await client.post(SCANNER_URL, files={"file": (filename, fileobj)})
    resp.raise_for_status()
    return resp.json()


@app.post("/uploads")
async def upload(file: UploadFile = File(...)):
    buf = spool(file)
    try:
        verdict = await submit_to_scanner(buf, file.filename or "upload.bin")
    finally:
        buf.close()
    return {"filename": file.filename, "clean": verdict.get("clean", False)}


@app.post("/uploads/copy")
async def upload_copy(file: UploadFile = File(...)):
    with tempfile.TemporaryFile() as buf:
        shutil.copyfileobj(file.file, buf, length=CHUNK)
        size = buf.tell()
    return {"filename": file.filename, "size": size}
