# corpus: cwe=79 label=vulnerable
from flask import Flask

app = Flask(__name__)


@app.route("/welcome/<username>")
def welcome(username):
    banner = "<div class='banner'>Welcome back, " + username + "</div>"
    return banner
