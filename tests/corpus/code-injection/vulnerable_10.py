# corpus: cwe=95 label=vulnerable
from flask import Flask, request

app = Flask(__name__)
ITEMS = [{"name": "b", "price": 3}, {"name": "a", "price": 5}]


@app.get("/items")
def list_items():
    key_expr = request.headers.get("X-Sort-Key", "item['name']")
    ordered = sorted(ITEMS, key=lambda item: eval(key_expr, {"item": item}))
    return {"items": ordered}
