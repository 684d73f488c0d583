# corpus: cwe=643 label=vulnerable
import elementpath
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
REPORTS = etree.parse("/srv/reports/index.xml")


@app.route("/reports/query", methods=["POST"])
def query_reports():
    body = request.get_json()
    selector = "//report[year=" + str(body["year"]) + " and owner='" + body["owner"] + "']"
    hits = elementpath.select(REPORTS, selector)
    return {"count": len(hits)}
