# corpus: cwe=601 label=vulnerable
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/track")
def track_click():
    campaign = request.args.get("c", "none")
    destination = request.args["u"]
    app.logger.info("click campaign=%s", campaign)
    return redirect(destination, code=302)
