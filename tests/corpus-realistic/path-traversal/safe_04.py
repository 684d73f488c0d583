# corpus: cwe=22 label=safe
"""Theme management for a multi-tenant site builder."""
import re
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request

themes_bp = Blueprint("themes", __name__, url_prefix="/api/themes")

THEMES_ROOT = Path("/srv/sitebuilder/themes").resolve()
TENANT_RE = re.compile(r"[a-z0-9][a-z0-9-]{1,62}")


def theme_dir(tenant):
    if not TENANT_RE.fullmatch(tenant):
        abort(404)
    return THEMES_ROOT / tenant


def confined(tenant, relative):
    base = theme_dir(tenant).resolve()
    target = (base / relative).resolve()
    if not target.is_relative_to(base):
        abort(400, description="path escapes theme directory")
    return target


def load_theme_file(tenant, relative):
    return confined(tenant, relative).read_text(encoding="utf-8")


def save_theme_file(tenant, relative, content):
    target = confined(tenant, relative)
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
    written = {}
    for item in payload.get("files", []):
        written[item["path"]] = save_theme_file(tenant, item["path"], item.get("content", ""))
    current_app.logger.info("updated %d theme files for %s", len(written), tenant)
    return jsonify(written=written)
