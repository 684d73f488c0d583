# corpus: cwe=22 label=vulnerable
import os

from flask import Flask, request

app = Flask(__name__)
DRAFTS = "/srv/cms/drafts"


def draft_path(slug):
    return os.path.join(DRAFTS, "%s.md" % slug)


@app.route("/drafts/delete", methods=["POST"])
def delete_draft():
    slug = request.form["slug"]
    os.remove(draft_path(slug))
    return {"deleted": slug}
