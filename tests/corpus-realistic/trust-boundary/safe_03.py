# corpus: cwe=501 label=safe
"""User preference endpoint for a single-page app (Flask)."""
from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.config["SECRET_KEY"] = open("/run/secrets/flask_key").read().strip()

DEFAULTS = {"locale": "en", "page_size": 25}
LOCALES = {"en", "de", "fr", "es", "nl"}


def clamp(value, low, high):
    return max(low, min(high, value))


def parse_page_size(raw):
    try:
        return clamp(int(raw), 10, 100)
    except (TypeError, ValueError):
        return None


@app.put("/api/me/preferences")
def update_preferences():
    if "user_id" not in session:
        return jsonify(error="not signed in"), 401
    payload = request.get_json(silent=True) or {}
    updated = {}

    page_size = parse_page_size(payload.get("page_size"))
    if page_size is not None:
        session["page_size"] = page_size
        updated["page_size"] = page_size

    locale = str(payload.get("locale", "")).lower()[:2]
    if locale in LOCALES:
        session["locale"] = locale
        updated["locale"] = locale

    return jsonify(updated=updated, preferences={k: session.get(k, v) for k, v in DEFAULTS.items()})
