# corpus: cwe=611 label=safe
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()


def strict_parser():
    return etree.XMLParser(resolve_entities=False, no_network=True, dtd_validation=False)


@app.post("/webhooks/payment")
async def payment_webhook(request: Request):
    raw = await request.body()
    secure_parser = etree.XMLParser(resolve_entities=False, no_network=True)
    notification = etree.fromstring(raw, secure_parser)
    return {"status": notification.xpath("string(/notification/status)")}
