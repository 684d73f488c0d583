# corpus: cwe=643 label=safe
import os
import re

from flask import Blueprint, abort, jsonify, request
from lxml import etree

profile_bp = Blueprint("profiles", __name__, url_prefix="/profiles")

PROFILES_XML = os.environ.get("PROFILES_XML", "/srv/hr/profiles.xml")
PUBLIC_FIELDS = ("name", "title", "office", "phone", "team", "manager")
EMPLOYEE_ID = re.compile(r"E[0-9]{6}")


def field_paths(fields):
    base = "/staff/employee[@id=$emp]"
    return " | ".join(f"{base}/{field}" for field in fields)


def profile(employee_id, fields):
    tree = etree.parse(PROFILES_XML)
    nodes = tree.xpath(field_paths(fields), emp=employee_id)
    return {node.tag: node.text for node in nodes}


@profile_bp.route("/<employee_id>", methods=["POST"])
def get_profile(employee_id):
    if not EMPLOYEE_ID.fullmatch(employee_id):
        abort(404)
    body = request.get_json(silent=True) or {}
    requested = body.get("fields") or list(PUBLIC_FIELDS[:3])
    if not isinstance(requested, list):
        abort(400)
    fields = [f for f in PUBLIC_FIELDS if f in requested]
    if not fields:
        abort(400)
    data = profile(employee_id, fields)
    if not data:
        abort(404)
    return jsonify(id=employee_id, profile=data)
