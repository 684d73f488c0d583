# corpus: cwe=501 label=safe
"""Appearance settings for the documentation site (Flask)."""
from flask import Flask, jsonify, redirect, request, session, url_for

app = Flask(__name__)
app.config.from_prefixed_env()

ALLOWED_THEMES = frozenset({"light", "dark", "high-contrast"})
ALLOWED_FONT_SIZES = ("small", "medium", "large")


def appearance():
    return {
        "theme": session.get("theme", "light"),
        "font_size": session.get("font_size", "medium"),
    }


@app.post("/settings/appearance")
def set_appearance():
    theme = request.form.get("theme", "").strip().lower()
    size = request.form.get("font_size", "").strip().lower()
    errors = []
    if theme in ALLOWED_THEMES:
        session["theme"] = theme
    elif theme:
        errors.append("unknown theme")
    if size in ALLOWED_FONT_SIZES:
        session["font_size"] = size
    elif size:
        errors.append("unknown font size")
    if errors and request.accept_mimetypes.best == "application/json":
        return jsonify(errors=errors, appearance=appearance()), 400
    if request.accept_mimetypes.best == "application/json":
        return jsonify(appearance=appearance())
    return redirect(url_for("docs_index"))


@app.get("/settings/appearance")
def get_appearance():
    return jsonify(appearance())
