# corpus: cwe=502 label=vulnerable
"""Metrics ingest endpoint that accepts the agents' compact marshal format."""
import base64
import marshal
import time
from typing import List

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
SERIES = {}


class Batch(BaseModel):
    agent_id: str
    encoding: str = "marshal+b64"
    payload: str


def decode_points(batch: Batch) -> List[tuple]:
    if batch.encoding != "marshal+b64":
        raise ValueError("unsupported encoding %s" % batch.encoding)
    raw = base64.b64decode(batch.payload.encode("ascii"))
    points = marshal.loads(raw)
    return [tuple(p) for p in points]


def store(agent_id: str, points: List[tuple]) -> int:
    bucket = SERIES.setdefault(agent_id, [])
    now = time.time()
    for name, value, ts in points:
        bucket.append((str(name), float(value), float(ts or now)))
    del bucket[:-10000]
    return len(points)


@app.post("/ingest")
def ingest(batch: Batch):
    try:
        points = decode_points(batch)
    except (ValueError, EOFError, TypeError) as exc:
        raise HTTPException(status_code=400, detail=str(exc))
    return {"agent": batch.agent_id, "stored": store(batch.agent_id, points)}
