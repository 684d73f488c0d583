# corpus: cwe=601 label=vulnerable
from flask import Flask, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev"


@app.route("/login", methods=["POST"])
def login():
    session["user"] = "guest"
    return_to = request.form.get("return_to") or "/dashboard"
    return redirect(return_to)
