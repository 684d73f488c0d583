# corpus: cwe=501 label=vulnerable
from flask import Flask, redirect, session

app = Flask(__name__)
app.secret_key = "replace-me"


@app.route("/org/<org_slug>/enter")
def enter_org(org_slug):
    session["org"] = org_slug
    session["org_role"] = "member"
    return redirect("/org/" + org_slug + "/dashboard")
