# corpus: cwe=501 label=vulnerable
from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = "replace-me"


@app.route("/debug/toggle", methods=["POST"])
def toggle():
    flag_name = request.form["flag"]
    session[flag_name] = not session.get(flag_name, False)
    return {"flag": flag_name, "enabled": session[flag_name]}
