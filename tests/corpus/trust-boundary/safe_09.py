# corpus: cwe=501 label=safe
from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = "replace-me"
THEMES = {"light": "theme-light", "dark": "theme-dark"}


@app.route("/theme", methods=["POST"])
def theme():
    requested = request.form.get("theme", "light")
    session["theme_class"] = THEMES.get(requested, "theme-light")
    return {"theme": session["theme_class"]}
