# corpus: cwe=338 label=vulnerable
import random

from flask import Flask, render_template, session

app = Flask(__name__)


@app.route("/transfer", methods=["GET"])
def transfer_form():
    if "_csrf_token" not in session:
        session["_csrf_token"] = str(random.random())[2:]
    return render_template("transfer.html", csrf=session["_csrf_token"])
