# corpus: cwe=643 label=safe
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
MENU = etree.parse("/srv/site/menu.xml")


@app.route("/menu")
def menu():
    section = request.cookies.get("section", "main")
    links = [
        link.get("href")
        for link in MENU.iter("link")
        if link.getparent().get("id") == section
    ]
    return {"links": links}
