# corpus: cwe=643 label=vulnerable
import os
import xml.etree.ElementTree as ET

from flask import Flask, jsonify, request

app = Flask(__name__)

STRINGS_FILE = os.environ.get("STRINGS_XML", "i18n/strings.xml")
DEFAULT_LANG = "en"
_root = None


def strings_root():
    global _root
    if _root is None:
        _root = ET.parse(STRINGS_FILE).getroot()
    return _root


def translate(key, lang):
    root = strings_root()
    text = root.findtext(f"./message[@key='{key}']/text[@lang='{lang}']")
    if text is None and lang != DEFAULT_LANG:
        text = root.findtext(f"./message[@key='{key}']/text[@lang='{DEFAULT_LANG}']")
    return text


@app.route("/i18n/<key>")
def message(key):
    lang = request.cookies.get("lang", DEFAULT_LANG).split("-")[0]
    text = translate(key.replace("'", ""), lang)
    if text is None:
        return jsonify(error="unknown key"), 404
    return jsonify(key=key, lang=lang, text=text)
