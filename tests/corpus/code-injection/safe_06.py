# corpus: cwe=95 label=safe
import operator

from flask import Flask, request

app = Flask(__name__)
ITEMS = [{"name": "b", "price": 3}, {"name": "a", "price": 5}]
SORTABLE = {"name", "price"}


@app.get("/items")
def list_items():
    field = request.headers.get("X-Sort-Key", "name")
    if field not in SORTABLE:
        field = "name"
    return {"items": sorted(ITEMS, key=operator.itemgetter(field))}
