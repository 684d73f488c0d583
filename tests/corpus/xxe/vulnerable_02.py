# corpus: cwe=611 label=vulnerable
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
PARSER = etree.XMLParser(resolve_entities=True, remove_blank_text=True)


def load_document(raw):
    return etree.XML(raw, PARSER)


@app.route("/documents", methods=["PUT"])
def put_document():
    doc = load_document(request.data)
    return {"root": doc.tag}
