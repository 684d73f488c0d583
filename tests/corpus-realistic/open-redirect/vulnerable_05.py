# corpus: cwe=601 label=vulnerable
"""Language switcher that keeps the user on the same page."""
from flask import Flask, redirect, request, session

app = Flask(__name__)
app.config.from_prefixed_env()

SUPPORTED = ("en", "de", "fr", "es")


def normalise_path(value, fallback="/"):
    value = (value or "").strip()
    if not value.startswith("/"):
        return fallback
    return value


@app.route("/lang/<code>")
def switch_language(code):
    code = code.lower()
    if code in SUPPORTED:
        session["lang"] = code
    back = normalise_path(request.args.get("back"))
    return redirect(back, code=303)


@app.route("/")
def index():
    return {"lang": session.get("lang", "en")}


@app.route("/lang")
def languages():
    current = session.get("lang", "en")
    return {"current": current, "available": list(SUPPORTED)}
