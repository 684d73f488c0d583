# corpus: cwe=94 label=safe
import json
import os

from flask import Flask, jsonify, make_response, request
from itsdangerous import BadSignature, URLSafeSerializer

app = Flask(__name__)

PREFS_COOKIE = "ui_prefs"
DEFAULT_PREFS = {"theme": "light", "density": "comfortable", "columns": ["name", "status"]}
serializer = URLSafeSerializer(os.environ["PREFS_SIGNING_KEY"], salt="ui-prefs", serializer=json)


def decode_prefs(raw):
    merged = dict(DEFAULT_PREFS)
    if not raw:
        return merged
    try:
        prefs = serializer.loads(raw)
    except BadSignature:
        return merged
    if isinstance(prefs, dict):
        merged.update({k: v for k, v in prefs.items() if k in DEFAULT_PREFS})
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
    resp.set_cookie(PREFS_COOKIE, serializer.dumps(prefs), max_age=365 * 86400, samesite="Lax", secure=True)
    return resp
