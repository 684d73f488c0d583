# corpus: cwe=79 label=safe
from flask import Flask, render_template, request

app = Flask(__name__)


@app.route("/products")
def products():
    category = request.args.get("category", "all")
    items = ["lamp", "desk", "chair"]
    return render_template("products.html", category=category, items=items)
