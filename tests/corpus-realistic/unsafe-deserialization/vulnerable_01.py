# corpus: cwe=502 label=vulnerable
"""Dashboard preferences stored client-side in a cookie."""
import base64
import pickle

from flask import Flask, jsonify, make_response, render_template, request

app = Flask(__name__)

PREF_COOKIE = "dash_prefs"
DEFAULT_PREFS = {"theme": "light", "widgets": ["sales", "traffic"], "tz": "UTC"}


def encode_prefs(prefs: dict) -> str:
    return base64.urlsafe_b64encode(pickle.dumps(prefs)).decode("ascii")


def decode_prefs(token: str) -> dict:
    padded = token + "=" * (-len(token) % 4)
    return pickle.loads(base64.urlsafe_b64decode(padded))


def current_prefs():
    raw = request.cookies.get(PREF_COOKIE)
    if not raw:
        return dict(DEFAULT_PREFS)
    try:
        prefs = decode_prefs(raw)
    except Exception:
        return dict(DEFAULT_PREFS)
    merged = dict(DEFAULT_PREFS)
    merged.update(prefs)
    return merged


@app.get("/dashboard")
def dashboard():
    prefs = current_prefs()
    return render_template("dashboard.html", prefs=prefs)


@app.post("/dashboard/prefs")
def save_prefs():
    prefs = current_prefs()
    body = request.get_json(silent=True) or {}
    if body.get("theme") in ("light", "dark"):
        prefs["theme"] = body["theme"]
    if isinstance(body.get("widgets"), list):
        prefs["widgets"] = [str(w) for w in body["widgets"]][:8]
    resp = make_response(jsonify(prefs))
    resp.set_cookie(PREF_COOKIE, encode_prefs(prefs), max_age=90 * 86400, httponly=True)
    return resp
