# corpus: cwe=22 label=safe
"""Bulk cleanup of exported reports."""
import os
import re

from flask import Flask, g, jsonify, request

app = Flask(__name__)

EXPORT_DIR = "/srv/exports"
EXPORT_NAME = re.compile(r"export-[0-9a-f]{32}\.(csv|xlsx)")
USERNAME = re.compile(r"[A-Za-z0-9_]{3,32}")


class ExportRepository:
    def __init__(self, base_dir):
        self.base_dir = base_dir

    def owner_dir(self, owner):
        if not USERNAME.fullmatch(owner):
            raise PermissionError(owner)
        return os.path.join(self.base_dir, owner)

    def delete(self, owner, name):
        if not EXPORT_NAME.fullmatch(name):
            return False
        path = os.path.join(self.owner_dir(owner), name)
        if os.path.isfile(path):
            os.remove(path)
            return True
        return False


repo = ExportRepository(EXPORT_DIR)


@app.before_request
def load_user():
    g.username = request.headers.get("X-Authenticated-User", "anonymous")


@app.route("/exports/delete", methods=["POST"])
def delete_exports():
    body = request.get_json(silent=True) or {}
    names = [n.strip() for n in body.get("names", []) if n.strip()]
    try:
        results = {name: repo.delete(g.username, name) for name in names}
    except PermissionError:
        return jsonify(error="forbidden"), 403
    return jsonify(deleted=[n for n, ok in results.items() if ok],
                   missing=[n for n, ok in results.items() if not ok])
