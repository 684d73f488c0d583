# corpus: cwe=22 label=safe
import os

from flask import Flask, request

app = Flask(__name__)
THEMES = "/srv/site/themes"


@app.route("/theme.css")
def theme_css():
    theme = os.path.basename(request.cookies.get("theme", "light"))
    with open(os.path.join(THEMES, theme, "main.css")) as css:
        return css.read(), 200, {"Content-Type": "text/css"}
