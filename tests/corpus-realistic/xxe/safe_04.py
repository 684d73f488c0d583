# corpus: cwe=611 label=safe
"""Exports a user's reading list as an OPML document."""
from flask import Flask, Response, abort, request
from lxml import etree

from .storage import load_subscriptions

app = Flask(__name__)

OPML_SKELETON = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>Subscriptions</title></head>
  <body/>
</opml>
"""


def build_opml(title, subscriptions):
    root = etree.fromstring(OPML_SKELETON)
    root.find("head/title").text = title
    body = root.find("body")
    for sub in subscriptions:
        etree.SubElement(
            body,
            "outline",
            type="rss",
            text=sub["name"],
            title=sub["name"],
            xmlUrl=sub["feed_url"],
        )
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


@app.get("/users/<int:user_id>/subscriptions.opml")
def export_opml(user_id):
    subs = load_subscriptions(user_id)
    if subs is None:
        abort(404)
    title = request.args.get("title", "My feeds").strip()[:120] or "My feeds"
    document = build_opml(title, subs)
    return Response(
        document,
        mimetype="text/x-opml",
        headers={"Content-Disposition": "attachment; filename=subscriptions.opml"},
    )
