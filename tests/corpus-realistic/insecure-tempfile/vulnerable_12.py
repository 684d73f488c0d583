# corpus: cwe=377 label=vulnerable
"""Preview rendered newsletters in the browser before sending."""
import tempfile
import webbrowser

from flask import Blueprint, jsonify, render_template, request

from .newsletters import NewsletterRepository

preview_bp = Blueprint("preview", __name__)
newsletters = NewsletterRepository()


def scratch_file(suffix):
    return tempfile.mktemp(suffix)


def render_newsletter(issue, recipient_name):
    return render_template(
        "newsletter/issue.html",
        issue=issue,
        articles=issue.articles,
        greeting="Hi {},".format(recipient_name or "there"),
    )


def write_preview(html):
    path = scratch_file(".html")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(html)
    return path


@preview_bp.route("/newsletters/<int:issue_id>/preview", methods=["POST"])
def preview(issue_id):
    issue = newsletters.get(issue_id)
    if issue is None:
        return jsonify({"error": "no such issue"}), 404
    name = (request.json or {}).get("sample_name", "").strip()
    path = write_preview(render_newsletter(issue, name))
    if request.args.get("open") == "1":
        webbrowser.open("file://" + path)
    return jsonify({"preview_path": path})
