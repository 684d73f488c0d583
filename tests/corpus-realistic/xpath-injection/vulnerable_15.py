# corpus: cwe=643 label=vulnerable
import os

from flask import Blueprint, abort, jsonify, request
from lxml import etree

profile_bp = Blueprint("profiles", __name__, url_prefix="/profiles")

PROFILES_XML = os.environ.get("PROFILES_XML", "/srv/hr/profiles.xml")
DEFAULT_FIELDS = ["name", "title", "office"]


def field_paths(employee_id, fields):
    base = "/staff/employee[@id='%s']" % employee_id
    return " | ".join(f"{base}/{field}" for field in fields)


def profile(employee_id, fields):
    tree = etree.parse(PROFILES_XML)
    nodes = tree.xpath(field_paths(employee_id, fields))
    return {node.tag: node.text for node in nodes}


@profile_bp.route("/<employee_id>", methods=["POST"])
def get_profile(employee_id):
    body = request.get_json(silent=True) or {}
    fields = body.get("fields") or DEFAULT_FIELDS
    if not isinstance(fields, list) or len(fields) > 20:
        abort(400)
    data = profile(employee_id, [str(f) for f in fields])
    if not data:
        abort(404)
    return jsonify(id=employee_id, profile=data)
