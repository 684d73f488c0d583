# corpus: cwe=327 label=vulnerable
"""Streaming export endpoint that encrypts CSV data on the fly."""
import csv
import io
import os
from typing import Iterator, List

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms
from fastapi import Depends, FastAPI, Query
from fastapi.responses import StreamingResponse

app = FastAPI()


def stream_key() -> bytes:
    return bytes.fromhex(os.environ["EXPORT_STREAM_KEY"])


def fetch_rows(since: str) -> List[dict]:
    return app.state.reports.rows_since(since)


def csv_chunks(rows: List[dict]) -> Iterator[bytes]:
    buf = io.StringIO()
    writer = None
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(buf, fieldnames=list(row))
            writer.writeheader()
        writer.writerow(row)
        if buf.tell() > 8192:
            yield buf.getvalue().encode()
            buf.seek(0)
            buf.truncate()
    if buf.tell():
        yield buf.getvalue().encode()


def encrypted(chunks: Iterator[bytes], key: bytes) -> Iterator[bytes]:
    encryptor = Cipher(algorithms.ARC4(key), mode=None).encryptor()
    for chunk in chunks:
        yield encryptor.update(chunk)
    yield encryptor.finalize()


@app.get("/exports/usage.csv.enc")
def export_usage(since: str = Query(..., regex=r"^\d{4}-\d{2}-\d{2}$"), key: bytes = Depends(stream_key)):
    rows = fetch_rows(since)
    return StreamingResponse(
        encrypted(csv_chunks(rows), key),
        media_type="application/octet-stream",
        headers={"Content-Disposition": "attachment; filename=usage.csv.enc"},
    )
