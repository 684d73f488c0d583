# corpus: cwe=643 label=vulnerable
import os
import xml.etree.ElementTree as ET
from typing import List, Optional

import elementpath
from fastapi import FastAPI
from pydantic import BaseModel, Field

app = FastAPI()
INVENTORY = ET.parse(os.environ.get("INVENTORY_XML", "inventory.xml"))


class PartQuery(BaseModel):
    manufacturer: str = Field(..., max_length=80)
    min_qty: int = 0
    tags: List[str] = []


class Part(BaseModel):
    number: str
    description: Optional[str]
    qty: int


def build_expression(q: PartQuery) -> str:
    predicates = [f"manufacturer = '{q.manufacturer}'", f"number(qty) >= {q.min_qty}"]
    predicates += [f"tags/tag = '{tag}'" for tag in q.tags]
    return "/inventory/part[" + " and ".join(predicates) + "]"


@app.post("/parts/search", response_model=List[Part])
def search_parts(q: PartQuery):
    nodes = elementpath.select(INVENTORY.getroot(), build_expression(q))
    return [
        Part(number=n.get("number"), description=n.findtext("description"), qty=int(n.findtext("qty", "0")))
        for n in nodes
    ]
