# corpus: cwe=502 label=safe
"""Dashboard preferences stored client-side in a cookie."""
import base64
import json

from flask import Flask, jsonify, make_response, render_template, request

app = Flask(__name__)

PREF_COOKIE = "dash_prefs"
DEFAULT_PREFS = {"theme": "light", "widgets": ["sales", "traffic"], "tz": "UTC"}
KNOWN_WIDGETS = {"sales", "traffic", "funnel", "support", "inventory"}


def encode_prefs(prefs: dict) -> str:
    raw = json.dumps(prefs, separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii")


def decode_prefs(token: str) -> dict:
    padded = token + "=" * (-len(token) % 4)
    data = json.loads(base64.urlsafe_b64decode(padded))
    return data if isinstance(data, dict) else {}


def clean(prefs: dict) -> dict:
    out = dict(DEFAULT_PREFS)
    if prefs.get("theme") in ("light", "dark"):
        out["theme"] = prefs["theme"]
    widgets = prefs.get("widgets")
    if isinstance(widgets, list):
        out["widgets"] = [w for w in widgets if w in KNOWN_WIDGETS][:8]
    return out


def current_prefs():
    raw = request.cookies.get(PREF_COOKIE)
    if not raw:
        return dict(DEFAULT_PREFS)
    try:
        return clean(decode_prefs(raw))
    except (ValueError, UnicodeDecodeError):
        return dict(DEFAULT_PREFS)


@app.get("/dashboard")
def dashboard():
    return render_template("dashboard.html", prefs=current_prefs())


@app.post("/dashboard/prefs")
def save_prefs():
    prefs = current_prefs()
    prefs.update(request.get_json(silent=True) or {})
    prefs = clean(prefs)
    resp = make_response(jsonify(prefs))
    resp.set_cookie(PREF_COOKIE, encode_prefs(prefs), max_age=90 * 86400, httponly=True)
    return resp
