# corpus: cwe=643 label=safe
import re

from flask import Flask, abort, request
from lxml import etree

app = Flask(__name__)
SETTINGS = etree.parse("/etc/app/settings.xml")
KEY_RE = re.compile(r"[a-z][a-z0-9_.]{0,40}")


@app.route("/settings/value")
def setting_value():
    key = request.headers.get("X-Setting", "theme")
    if not KEY_RE.fullmatch(key):
        abort(400)
    return str(SETTINGS.xpath("string(/settings/entry[@key='%s']/@value)" % key))
