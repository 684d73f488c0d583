# corpus: cwe=22 label=safe
import os

from flask import Flask, request

app = Flask(__name__)
LANG_DIR = "/srv/site/i18n"
SUPPORTED_LANGUAGES = ("en", "de", "fr", "es")


@app.route("/strings")
def strings():
    lang = request.headers.get("X-Lang", "en")
    if lang not in SUPPORTED_LANGUAGES:
        lang = "en"
    with open(os.path.join(LANG_DIR, lang + ".json")) as fh:
        return fh.read(), 200, {"Content-Type": "application/json"}
