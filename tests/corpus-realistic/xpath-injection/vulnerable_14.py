# corpus: cwe=643 label=vulnerable
import os
from functools import lru_cache

from fastapi import FastAPI, HTTPException
from lxml import etree

app = FastAPI()

ORDERS_EXPORT = os.environ.get("ORDERS_EXPORT", "/srv/exports/orders.xml")


@lru_cache(maxsize=1)
def orders_doc():
    return etree.parse(ORDERS_EXPORT)


def order_stats(status: str) -> dict:
    doc = orders_doc()
    count = doc.xpath("count(//order[status='%s'])" % status)
    total = doc.xpath("sum(//order[status='%s']/total)" % status)
    return {"count": int(count), "total": round(float(total), 2)}


@app.get("/orders/status/{status}/stats")
def stats(status: str):
    result = order_stats(status.lower())
    if result["count"] == 0:
        raise HTTPException(status_code=404, detail="no orders with that status")
    return {"status": status, **result}
