# corpus: cwe=22 label=safe
"""Help-center article viewer backed by markdown files on disk."""
import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)

ARTICLE_ROOT = os.path.realpath(os.environ.get("ARTICLE_ROOT", "/srv/helpcenter/articles"))
DEFAULT_LANG = "en"


def article_path(lang, slug):
    candidate = os.path.realpath(os.path.join(ARTICLE_ROOT, lang, slug + ".md"))
    if os.path.commonpath([candidate, ARTICLE_ROOT]) != ARTICLE_ROOT:
        abort(404)
    return candidate


def read_article(lang, slug):
    path = article_path(lang, slug)
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def title_of(text):
    for line in text.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return "Untitled"


@app.route("/help/article")
def show_article():
    slug = request.args.get("slug", "").strip()
    lang = request.args.get("lang", DEFAULT_LANG).lower()
    if not slug:
        abort(400)
    text = read_article(lang, slug)
    if text is None:
        abort(404)
    return jsonify(title=title_of(text), body=text, lang=lang)
