# corpus: cwe=22 label=vulnerable
"""Theme management for a multi-tenant site builder."""
import json
from pathlib import Path

from flask import Blueprint, current_app, jsonify, request

themes_bp = Blueprint("themes", __name__, url_prefix="/api/themes")

THEMES_ROOT = Path("/srv/sitebuilder/themes")


def theme_dir(tenant):
    return THEMES_ROOT / tenant


def load_theme_file(tenant, relative):
    target = theme_dir(tenant) / relative
    return target.read_text(encoding="utf-8")


def save_theme_file(tenant, relative, content):
    target = theme_dir(tenant) / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(content, encoding="utf-8")
    return target.stat().st_size


@themes_bp.route("/<tenant>/file", methods=["GET"])
def get_file(tenant):
    relative = request.args["path"]
    try:
        return jsonify(path=relative, content=load_theme_file(tenant, relative))
    except FileNotFoundError:
        return jsonify(error="not found"), 404


@themes_bp.route("/<tenant>/file", methods=["PUT"])
def put_file(tenant):
    payload = request.get_json(force=True)
    files = payload.get("files", [])
    written = {}
    for item in files:
        written[item["path"]] = save_theme_file(tenant, item["path"], item.get("content", ""))
    current_app.logger.info("updated %d theme files for %s", len(written), tenant)
    return jsonify(written=written, manifest=json.dumps(sorted(written)))
