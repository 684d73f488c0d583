# corpus: cwe=501 label=vulnerable
from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = "replace-me"


@app.route("/impersonate", methods=["POST"])
def impersonate():
    target = request.headers.get("X-Impersonate-User")
    if target:
        session["acting_as"] = target.strip()
    return {"acting_as": session.get("acting_as")}
