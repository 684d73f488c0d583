# corpus: cwe=22 label=vulnerable
"""Bulk cleanup of exported reports."""
import os

from flask import Flask, g, jsonify, request

app = Flask(__name__)

EXPORT_DIR = "/srv/exports"


class ExportRepository:
    def __init__(self, base_dir):
        self.base_dir = base_dir

    def owner_dir(self, owner):
        return os.path.join(self.base_dir, owner)

    def delete(self, owner, name):
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
    results = {}
    for name in names:
        results[name] = repo.delete(g.username, name)
    return jsonify(deleted=[n for n, ok in results.items() if ok],
                   missing=[n for n, ok in results.items() if not ok])
