# corpus: cwe=611 label=vulnerable
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()


@app.post("/webhooks/payment")
async def payment_webhook(request: Request):
    raw = await request.body()
    notification = etree.fromstring(raw)
    status = notification.xpath("string(/notification/status)")
    return {"status": status}
