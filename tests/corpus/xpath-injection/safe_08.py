# corpus: cwe=643 label=safe
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
REPORTS = etree.parse("/srv/reports/index.xml")
SORT_KEYS = {"year": "year", "owner": "owner", "title": "title"}


@app.route("/reports/sorted")
def sorted_reports():
    key = SORT_KEYS.get(request.args.get("sort"), "year")
    values = REPORTS.xpath("//report/" + key + "/text()")
    return {"values": sorted(str(v) for v in values)}
