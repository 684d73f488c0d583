# corpus: cwe=502 label=safe
"""Metrics ingest endpoint for monitoring agents (FastAPI)."""
import base64
import time
from typing import List, Tuple

import orjson
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, TypeAdapter, ValidationError

app = FastAPI()
SERIES = {}

SUPPORTED_ENCODINGS = ("json", "json+b64")
RETIRED_ENCODINGS = ("marshal+b64", "pickle")

Point = Tuple[str, float, float]
points_adapter = TypeAdapter(List[Point])


class Batch(BaseModel):
    agent_id: str
    encoding: str = "json"
    payload: str


def decode_points(batch: Batch) -> List[Point]:
    if batch.encoding in RETIRED_ENCODINGS:
        raise ValueError("encoding %s was retired in agent 4.0, please upgrade" % batch.encoding)
    if batch.encoding not in SUPPORTED_ENCODINGS:
        raise ValueError("unsupported encoding %s" % batch.encoding)
    raw = batch.payload.encode("utf-8")
    if batch.encoding.endswith("+b64"):
        raw = base64.b64decode(raw)
    return points_adapter.validate_python(orjson.loads(raw))


def store(agent_id: str, points: List[Point]) -> int:
    bucket = SERIES.setdefault(agent_id, [])
    now = time.time()
    bucket.extend((name, value, ts or now) for name, value, ts in points)
    del bucket[:-10000]
    return len(points)


@app.post("/ingest")
def ingest(batch: Batch):
    try:
        points = decode_points(batch)
    except (ValueError, ValidationError, orjson.JSONDecodeError) as exc:
        raise HTTPException(status_code=400, detail=str(exc))
    return {"agent": batch.agent_id, "stored": store(batch.agent_id, points)}
