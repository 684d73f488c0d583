# corpus: cwe=79 label=safe
"""JSON API for comment threads consumed by the single-page frontend."""
from flask import Blueprint, abort, jsonify, request

comments_bp = Blueprint("comments", __name__, url_prefix="/api/comments")

_THREADS = {}


def _thread(thread_id):
    return _THREADS.setdefault(thread_id, [])


def serialize(comment):
    return {
        "id": comment["id"],
        "author": comment["author"],
        "body": comment["body"],
        "summary": "%s: %s" % (comment["author"], comment["body"][:60]),
    }


@comments_bp.route("/<int:thread_id>", methods=["GET"])
def list_comments(thread_id):
    items = [serialize(c) for c in _thread(thread_id)]
    return jsonify(thread=thread_id, comments=items)


@comments_bp.route("/<int:thread_id>", methods=["POST"])
def add_comment(thread_id):
    payload = request.get_json(silent=True) or {}
    body = str(payload.get("body", "")).strip()
    if not body:
        abort(400)
    comments = _thread(thread_id)
    comment = {
        "id": len(comments) + 1,
        "author": request.headers.get("X-User", "anonymous"),
        "body": body,
    }
    comments.append(comment)
    return jsonify(serialize(comment)), 201
