# corpus: cwe=643 label=safe
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
LOG = etree.parse("/srv/app/events.xml")


@app.route("/events/nth")
def nth_event():
    position = int(request.args.get("n", "1"))
    event = LOG.xpath("(//event)[%d]" % position)
    return etree.tostring(event[0]) if event else ("none", 404)
