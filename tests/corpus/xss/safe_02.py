# corpus: cwe=79 label=safe
from flask import Flask
from markupsafe import escape

app = Flask(__name__)


@app.route("/welcome/<username>")
def welcome(username):
    banner = "<div class='banner'>Welcome back, " + str(escape(username)) + "</div>"
    return banner
