# corpus: cwe=501 label=vulnerable
from flask import Flask, redirect, request, session

app = Flask(__name__)
app.secret_key = "replace-me"


@app.route("/sso/callback")
def sso_callback():
    # the identity provider is supposed to send these, but nothing checks them
    session["email"] = request.args.get("email")
    session["is_staff"] = request.args.get("staff") == "1"
    return redirect("/")
