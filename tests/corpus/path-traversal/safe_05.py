# corpus: cwe=22 label=safe
import os
import re

from flask import Flask, abort, request

app = Flask(__name__)
DRAFTS = "/srv/cms/drafts"
SLUG_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@app.route("/drafts/delete", methods=["POST"])
def delete_draft():
    slug = request.form["slug"]
    if not SLUG_RE.fullmatch(slug):
        abort(400)
    os.remove(os.path.join(DRAFTS, slug + ".md"))
    return {"deleted": slug}
