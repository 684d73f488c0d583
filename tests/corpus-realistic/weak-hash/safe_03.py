# corpus: cwe=328 label=safe
import hashlib
import hmac
import json
import logging
import os
import time

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()
log = logging.getLogger("payments.webhooks")

WEBHOOK_SECRET = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()
TOLERANCE = 300


def parse_signature_header(value: str) -> dict:
    parts = dict(item.split("=", 1) for item in value.split(",") if "=" in item)
    return {k.strip(): v.strip() for k, v in parts.items()}


def expected_signature(timestamp: str, body: bytes) -> str:
    signed_payload = timestamp.encode() + b"." + body
    return hmac.new(WEBHOOK_SECRET, signed_payload, hashlib.sha256).hexdigest()


def verify(header: str, body: bytes) -> bool:
    fields = parse_signature_header(header)
    ts, sig = fields.get("t", ""), fields.get("v1", "")
    if not ts.isdigit() or abs(time.time() - int(ts)) > TOLERANCE:
        return False
    return hmac.compare_digest(expected_signature(ts, body), sig)


@app.post("/webhooks/payments")
async def payments_webhook(request: Request, x_signature: str = Header(...)):
    body = await request.body()
    if not verify(x_signature, body):
        raise HTTPException(status_code=401, detail="bad signature")
    event = json.loads(body)
    log.info("received %s for %s", event.get("type"), event.get("data", {}).get("id"))
    return {"received": True}
