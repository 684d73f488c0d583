# corpus: cwe=89 label=vulnerable
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.get("/products")
def products():
    sort = request.args.get("sort", "name")
    direction = request.args.get("dir", "ASC")
    con = sqlite3.connect("catalog.db")
    sql = "SELECT name, price FROM products ORDER BY {} {}".format(sort, direction)
    return {"items": con.execute(sql).fetchall()}
