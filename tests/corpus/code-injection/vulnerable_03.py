# corpus: cwe=95 label=vulnerable
import csv

from flask import Flask, request

app = Flask(__name__)


@app.get("/export")
def filtered_export():
    where = request.args.get("where", "True")
    predicate = eval("lambda row: " + where)
    with open("/srv/data/customers.csv") as fh:
        rows = [r for r in csv.DictReader(fh) if predicate(r)]
    return {"count": len(rows)}
