# corpus: cwe=643 label=safe
import os
from enum import Enum
from functools import lru_cache

from fastapi import FastAPI, HTTPException
from lxml import etree

app = FastAPI()

ORDERS_EXPORT = os.environ.get("ORDERS_EXPORT", "/srv/exports/orders.xml")


class OrderStatus(str, Enum):
    pending = "pending"
    paid = "paid"
    shipped = "shipped"
    cancelled = "cancelled"
    refunded = "refunded"


@lru_cache(maxsize=1)
def orders_doc():
    return etree.parse(ORDERS_EXPORT)


def order_stats(status: OrderStatus) -> dict:
    doc = orders_doc()
    count = doc.xpath("count(//order[status='%s'])" % status.value)
    total = doc.xpath("sum(//order[status='%s']/total)" % status.value)
    return {"count": int(count), "total": round(float(total), 2)}


@app.get("/orders/status/{status}/stats")
def stats(status: OrderStatus):
    result = order_stats(status)
    if result["count"] == 0:
        raise HTTPException(status_code=404, detail="no orders with that status")
    return {"status": status.value, **result}
