# corpus: cwe=611 label=safe
"""Payment-gateway notification receiver (the gateway posts XML)."""
import logging
from typing import Any, Dict

import xmltodict
from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse

logger = logging.getLogger("gateway.notifications")
app = FastAPI()

STATUS_MAP = {"AUTHORISED": "paid", "REFUSED": "failed", "CANCELLED": "cancelled"}


class NotificationDecoder:
    def __init__(self, encoding: str = "utf-8"):
        self.encoding = encoding

    def decode(self, body: bytes) -> Dict[str, Any]:
        doc = xmltodict.parse(
            body,
            encoding=self.encoding,
            disable_entities=True,
            process_namespaces=False,
        )
        return doc.get("notification") or {}


decoder = NotificationDecoder()


def apply_status(order_ref: str, gateway_status: str) -> str:
    new_status = STATUS_MAP.get(gateway_status.upper(), "pending")
    logger.info("order %s -> %s", order_ref, new_status)
    return new_status


@app.post("/webhooks/gateway", response_class=PlainTextResponse)
async def gateway_notification(request: Request):
    raw = await request.body()
    if b"<!DOCTYPE" in raw[:512].upper():
        return PlainTextResponse("[rejected]", status_code=400)
    note = decoder.decode(raw)
    order_ref = (note.get("merchantReference") or "").strip()
    if not order_ref:
        return PlainTextResponse("[missing-reference]", status_code=400)
    apply_status(order_ref, note.get("eventCode", ""))
    return "[accepted]"
