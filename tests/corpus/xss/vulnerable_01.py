# corpus: cwe=79 label=vulnerable
from flask import Flask, request

app = Flask(__name__)


@app.route("/products")
def products():
    category = request.args.get("category", "all")
    items = ["lamp", "desk", "chair"]
    rows = "".join("<li>%s</li>" % item for item in items)
    return "<h2>Category: %s</h2><ul>%s</ul>" % (category, rows)
