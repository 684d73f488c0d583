# corpus: cwe=501 label=vulnerable
"""User preference endpoint for a single-page app (Flask)."""
from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.config["SECRET_KEY"] = open("/run/secrets/flask_key").read().strip()

DEFAULTS = {"locale": "en", "theme": "system", "page_size": 25}


def current_preferences():
    prefs = dict(DEFAULTS)
    for key in DEFAULTS:
        if key in session:
            prefs[key] = session[key]
    return prefs


@app.get("/api/me")
def me():
    if "user_id" not in session:
        return jsonify(error="not signed in"), 401
    return jsonify(
        user_id=session["user_id"],
        is_staff=session.get("is_staff", False),
        preferences=current_preferences(),
    )


@app.put("/api/me/preferences")
def update_preferences():
    if "user_id" not in session:
        return jsonify(error="not signed in"), 401
    payload = request.get_json(silent=True) or {}
    for key, value in payload.items():
        session[key] = value
    session.modified = True
    return jsonify(preferences=current_preferences())
