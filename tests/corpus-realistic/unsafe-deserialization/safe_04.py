# corpus: cwe=502 label=safe
"""Telemetry endpoint for the mobile SDK, which posts MessagePack batches."""
import time

import msgpack
from flask import Flask, jsonify, request

app = Flask(__name__)

MAX_EVENTS = 500
ACCEPTED_TYPES = {"screen_view", "tap", "crash", "purchase"}


class EventBuffer:
    def __init__(self):
        self.events = []

    def extend(self, device_id, events):
        now = int(time.time())
        kept = 0
        for ev in events[:MAX_EVENTS]:
            if not isinstance(ev, dict) or ev.get("type") not in ACCEPTED_TYPES:
                continue
            self.events.append(
                {
                    "device": device_id,
                    "type": ev["type"],
                    "ts": int(ev.get("ts", now)),
                    "props": {str(k): str(v) for k, v in (ev.get("props") or {}).items()},
                }
            )
            kept += 1
        return kept


buffer = EventBuffer()


def decode_batch(body: bytes):
    return msgpack.unpackb(body, raw=False, strict_map_key=True,
                           max_buffer_size=2 * 1024 * 1024)


@app.post("/v1/events")
def ingest_events():
    if request.mimetype != "application/msgpack":
        return jsonify(error="unsupported media type"), 415
    try:
        batch = decode_batch(request.get_data())
    except (msgpack.ExtraData, msgpack.FormatError, ValueError):
        return jsonify(error="bad payload"), 400
    device_id = str(batch.get("device_id", ""))[:64]
    kept = buffer.extend(device_id, batch.get("events") or [])
    return jsonify(accepted=kept)
