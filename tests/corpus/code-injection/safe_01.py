# corpus: cwe=95 label=safe
import ast

from flask import Flask, render_template, request

app = Flask(__name__)


@app.route("/dashboard")
def dashboard():
    try:
        prefs = ast.literal_eval(request.cookies.get("prefs", "{}"))
    except (ValueError, SyntaxError):
        prefs = {}
    return render_template("dashboard.html", layout=prefs.get("layout", "grid"))
