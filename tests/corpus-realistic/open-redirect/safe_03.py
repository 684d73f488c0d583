# corpus: cwe=601 label=safe
"""Language switcher that keeps the user on the same page."""
from urllib.parse import urlsplit

from flask import Flask, redirect, request, session

app = Flask(__name__)
app.config.from_prefixed_env()

SUPPORTED = ("en", "de", "fr", "es")


def local_path_or(value, fallback="/"):
    value = (value or "").strip()
    if not value.startswith("/") or value.startswith("//") or "\\" in value:
        return fallback
    if any(ch.isspace() or ord(ch) < 32 for ch in value):
        return fallback
    parts = urlsplit(value)
    if parts.scheme or parts.netloc:
        return fallback
    return value


@app.route("/lang/<code>")
def switch_language(code):
    code = code.lower()
    if code in SUPPORTED:
        session["lang"] = code
    back = local_path_or(request.args.get("back"))
    return redirect(back, code=303)


@app.route("/")
def index():
    return {"lang": session.get("lang", "en")}
