# corpus: cwe=643 label=safe
import os
import xml.etree.ElementTree as ET

from flask import Flask, jsonify, request

app = Flask(__name__)

STRINGS_FILE = os.environ.get("STRINGS_XML", "i18n/strings.xml")
DEFAULT_LANG = "en"
SUPPORTED_LANGS = ("en", "de", "fr", "es", "it", "nl", "pl")
_catalog = {}


def catalog():
    if not _catalog:
        root = ET.parse(STRINGS_FILE).getroot()
        for message in root.iterfind("./message"):
            key = message.get("key")
            for text in message.iterfind("text"):
                _catalog[(key, text.get("lang"))] = text.text
    return _catalog


def preferred_language():
    lang = request.cookies.get("lang", DEFAULT_LANG).split("-")[0].lower()
    return lang if lang in SUPPORTED_LANGS else DEFAULT_LANG


def translate(key, lang):
    strings = catalog()
    return strings.get((key, lang)) or strings.get((key, DEFAULT_LANG))


@app.route("/i18n/<key>")
def message(key):
    lang = preferred_language()
    text = translate(key, lang)
    if text is None:
        return jsonify(error="unknown key"), 404
    return jsonify(key=key, lang=lang, text=text)


@app.route("/i18n/languages")
def languages():
    root = ET.parse(STRINGS_FILE).getroot()
    present = {t.get("lang") for t in root.findall("./message/text[@lang]")}
    return jsonify(sorted(lang for lang in present if lang in SUPPORTED_LANGS))
