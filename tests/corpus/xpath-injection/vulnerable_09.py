# corpus: cwe=643 label=vulnerable
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
MENU = etree.parse("/srv/site/menu.xml")


@app.route("/menu")
def menu():
    section = request.cookies.get("section", "main")
    if "'" in section:
        app.logger.warning("quote in section name %s", section)
    links = MENU.xpath("//section[@id='%s']/link/@href" % section)
    return {"links": [str(link) for link in links]}
