# corpus: cwe=611 label=safe
import defusedxml.ElementTree as SafeET
from flask import Flask, request

app = Flask(__name__)


@app.route("/feeds/import", methods=["POST"])
def import_feed():
    content = request.form.get("feed_xml", "")
    channel = SafeET.fromstring(content).find("channel")
    titles = [item.findtext("title") for item in channel.findall("item")]
    return {"imported": len(titles)}
