# corpus: cwe=798 label=safe
import os

from flask import Flask, session

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]
app.config["SESSION_COOKIE_SECURE"] = True


@app.route("/visits")
def visits():
    session["count"] = session.get("count", 0) + 1
    return {"visits": session["count"]}
