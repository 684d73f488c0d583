# corpus: cwe=328 label=vulnerable
import hashlib
import hmac
import json
import logging
import os

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()
log = logging.getLogger("payments.webhooks")

WEBHOOK_SECRET = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()


def compute_signature(secret: bytes, body: bytes) -> str:
    return hmac.new(secret, body, hashlib.md5).hexdigest()


def verify(body: bytes, signature: str) -> bool:
    expected = compute_signature(WEBHOOK_SECRET, body)
    return hmac.compare_digest(expected, signature.strip().lower())


def apply_event(event: dict) -> None:
    kind = event.get("type")
    if kind == "payment.succeeded":
        log.info("payment %s succeeded", event["data"]["id"])
    elif kind == "payment.refunded":
        log.info("payment %s refunded", event["data"]["id"])
    else:
        log.debug("ignoring event type %s", kind)


@app.post("/webhooks/payments")
async def payments_webhook(request: Request, x_signature: str = Header(...)):
    body = await request.body()
    if not verify(body, x_signature):
        raise HTTPException(status_code=401, detail="bad signature")
    try:
        event = json.loads(body)
    except ValueError:
        raise HTTPException(status_code=400, detail="invalid json")
    apply_event(event)
    return {"received": True}
