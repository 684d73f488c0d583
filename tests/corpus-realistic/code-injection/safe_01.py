# corpus: cwe=94 label=safe
import ast

from flask import Flask, jsonify, request

app = Flask(__name__)

DEFAULT_SETTINGS = {"columns": ["id", "name"], "page_size": 25, "filters": {}}


def parse_literal(raw, default):
    if raw is None or not raw.strip():
        return default
    try:
        return ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        return default


def merge_settings(overrides):
    settings = dict(DEFAULT_SETTINGS)
    if isinstance(overrides, dict):
        for key, value in overrides.items():
            if key in settings and type(value) is type(settings[key]):
                settings[key] = value
    return settings


@app.route("/tables/<name>/settings")
def table_settings(name):
    overrides = parse_literal(request.args.get("settings"), {})
    columns = parse_literal(request.args.get("columns"), None)
    settings = merge_settings(overrides)
    if isinstance(columns, (list, tuple)):
        settings["columns"] = [str(c) for c in columns]
    return jsonify(table=name, settings=settings)
