# corpus: cwe=643 label=vulnerable
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


def load_settings():
    return etree.parse("/etc/app/settings.xml")


@app.route("/settings/value")
def setting_value():
    key = request.headers.get("X-Setting", "theme")
    doc = load_settings()
    evaluate = etree.XPathEvaluator(doc)
    return str(evaluate(f"string(/settings/entry[@key='{key}']/@value)"))
