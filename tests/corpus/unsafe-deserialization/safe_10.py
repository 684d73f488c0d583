# corpus: cwe=502 label=safe
import ast

from flask import Flask, request

app = Flask(__name__)


@app.post("/filters")
def parse_filters():
    raw = request.form.get("filters", "[]")
    filters = ast.literal_eval(raw)
    if not isinstance(filters, list):
        return "filters must be a list", 400
    return {"count": len(filters)}
