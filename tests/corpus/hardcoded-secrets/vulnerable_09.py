# corpus: cwe=798 label=vulnerable
from flask import Flask, abort, request, session

app = Flask(__name__)


@app.post("/ops/login")
def ops_login():
    if request.form["password"] == "opsteam-letmein":
        session["ops"] = True
        return "welcome"
    abort(403)
