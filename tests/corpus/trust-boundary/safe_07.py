# corpus: cwe=501 label=safe
import re

from flask import Flask, abort, redirect, session

app = Flask(__name__)
app.secret_key = "replace-me"
SLUG = re.compile(r"[a-z0-9-]{3,40}")


@app.route("/org/<org_slug>/enter")
def enter_org(org_slug):
    if not SLUG.fullmatch(org_slug):
        abort(404)
    session["org"] = org_slug
    return redirect("/org/" + org_slug + "/dashboard")
