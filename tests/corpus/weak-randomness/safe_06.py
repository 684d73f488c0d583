# corpus: cwe=338 label=safe
import random

from flask import Flask, session

app = Flask(__name__)


@app.route("/landing")
def landing():
    if "variant" not in session:
        session["variant"] = random.choice(["control", "new-hero"])
    return {"variant": session["variant"]}
