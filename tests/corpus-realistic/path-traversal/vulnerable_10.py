# corpus: cwe=22 label=vulnerable
"""Import endpoint for theme packs uploaded as zip archives."""
import io
import os
import uuid
import zipfile

from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()

PACKS_DIR = "/srv/themes/packs"
MAX_PACK_BYTES = 20 * 1024 * 1024


def unpack(archive: zipfile.ZipFile, destination: str) -> list:
    written = []
    for member in archive.infolist():
        if member.is_dir():
            continue
        out_path = os.path.join(destination, member.filename)
        os.makedirs(os.path.dirname(out_path), exist_ok=True)
        with archive.open(member) as src, open(out_path, "wb") as dst:
            dst.write(src.read())
        written.append(member.filename)
    return written


@app.post("/packs")
async def upload_pack(pack: UploadFile = File(...)):
    data = await pack.read()
    if len(data) > MAX_PACK_BYTES:
        raise HTTPException(status_code=413, detail="pack too large")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise HTTPException(status_code=400, detail="not a zip file")
    pack_id = uuid.uuid4().hex
    destination = os.path.join(PACKS_DIR, pack_id)
    os.makedirs(destination, exist_ok=True)
    with archive:
        files = unpack(archive, destination)
    return {"id": pack_id, "files": files}
