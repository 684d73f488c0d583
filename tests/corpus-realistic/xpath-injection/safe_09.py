# corpus: cwe=643 label=safe
import os
from typing import List, Optional

from fastapi import FastAPI, Query
from lxml import etree
from pydantic import BaseModel

app = FastAPI()
INVENTORY = etree.parse(os.environ.get("INVENTORY_XML", "inventory.xml"))

PART_QUERY = "/inventory/part[manufacturer=$manufacturer and number(qty) >= $min_qty]"


class Part(BaseModel):
    number: str
    description: Optional[str]
    qty: int


def find_parts(manufacturer: str, min_qty: int, tag: Optional[str]) -> List[Part]:
    evaluator = etree.XPathEvaluator(INVENTORY)
    nodes = evaluator(PART_QUERY, manufacturer=manufacturer, min_qty=min_qty)
    if tag:
        nodes = [n for n in nodes if n.xpath("tags/tag[. = $t]", t=tag)]
    return [
        Part(number=n.get("number"), description=n.findtext("description"), qty=int(n.findtext("qty", "0")))
        for n in nodes
    ]


@app.get("/parts", response_model=List[Part])
def list_parts(manufacturer: str = Query(..., max_length=80), min_qty: int = 0, tag: Optional[str] = None):
    return find_parts(manufacturer, min_qty, tag)
