# corpus: cwe=89 label=safe
import sqlite3

from flask import Flask, request

app = Flask(__name__)
SORT_COLUMNS = {"name": "name", "price": "price", "newest": "created_at DESC"}


@app.get("/products")
def products():
    order = SORT_COLUMNS.get(request.args.get("sort", "name"), "name")
    con = sqlite3.connect("catalog.db")
    rows = con.execute("SELECT name, price FROM products ORDER BY " + order).fetchall()
    return {"items": rows}
