# corpus: cwe=22 label=vulnerable
import os

from flask import Flask, request

app = Flask(__name__)
THEMES = "/srv/site/themes"


@app.route("/theme.css")
def theme_css():
    theme = request.cookies.get("theme", "light")
    if theme.startswith("."):
        app.logger.warning("odd theme name: %s", theme)
    with open(os.path.join(THEMES, theme, "main.css")) as css:
        return css.read(), 200, {"Content-Type": "text/css"}
