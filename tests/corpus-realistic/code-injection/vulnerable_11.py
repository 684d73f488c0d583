# corpus: cwe=94 label=vulnerable
import base64

from flask import Flask, jsonify, make_response, request

app = Flask(__name__)

PREFS_COOKIE = "ui_prefs"
DEFAULT_PREFS = {"theme": "light", "density": "comfortable", "columns": ["name", "status"]}


def encode_prefs(prefs):
    return base64.urlsafe_b64encode(repr(prefs).encode()).decode()


def decode_prefs(raw):
    if not raw:
        return dict(DEFAULT_PREFS)
    try:
        text = base64.urlsafe_b64decode(raw.encode()).decode()
        prefs = eval(text)
    except Exception:
        return dict(DEFAULT_PREFS)
    merged = dict(DEFAULT_PREFS)
    merged.update(prefs if isinstance(prefs, dict) else {})
    return merged


@app.route("/preferences", methods=["GET"])
def get_preferences():
    return jsonify(decode_prefs(request.cookies.get(PREFS_COOKIE)))


@app.route("/preferences", methods=["PUT"])
def update_preferences():
    prefs = decode_prefs(request.cookies.get(PREFS_COOKIE))
    changes = request.get_json(silent=True) or {}
    for key in ("theme", "density", "columns"):
        if key in changes:
            prefs[key] = changes[key]
    resp = make_response(jsonify(prefs))
    resp.set_cookie(PREFS_COOKIE, encode_prefs(prefs), max_age=365 * 86400, samesite="Lax", secure=True)
    return resp
