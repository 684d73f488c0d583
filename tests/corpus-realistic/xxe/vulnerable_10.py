# corpus: cwe=611 label=vulnerable
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
    def __init__(self, encoding: str = "utf-8", entities: bool = True):
        self.encoding = encoding
        self.entities = entities

    def decode(self, body: bytes) -> Dict[str, Any]:
        doc = xmltodict.parse(
            body,
            encoding=self.encoding,
            disable_entities=not self.entities,
            process_namespaces=False,
        )
        return doc.get("notification", {})


decoder = NotificationDecoder()


def apply_status(order_ref: str, gateway_status: str) -> str:
    new_status = STATUS_MAP.get(gateway_status.upper(), "pending")
    logger.info("order %s -> %s", order_ref, new_status)
    return new_status


@app.post("/webhooks/gateway", response_class=PlainTextResponse)
async def gateway_notification(request: Request):
    raw = await request.body()
    note = decoder.decode(raw)
    order_ref = (note.get("merchantReference") or "").strip()
    status = note.get("eventCode", "")
    if not order_ref:
        return PlainTextResponse("[missing-reference]", status_code=400)
    apply_status(order_ref, status)
    return "[accepted]"
