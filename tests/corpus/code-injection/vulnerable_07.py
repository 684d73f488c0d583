# corpus: cwe=95 label=vulnerable
from flask import Flask, render_template, request

app = Flask(__name__)


@app.route("/dashboard")
def dashboard():
    prefs = eval(request.cookies.get("prefs", "{}"))
    layout = prefs.get("layout", "grid")
    return render_template("dashboard.html", layout=layout)
