# corpus: cwe=22 label=vulnerable
"""Avatar uploads."""
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
app.config["UPLOAD_FOLDER"] = "/srv/app/media/avatars"
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024

ALLOWED_MIME = {"image/png", "image/jpeg", "image/gif"}


def store_upload(storage, folder):
    os.makedirs(folder, exist_ok=True)
    destination = os.path.join(folder, storage.filename)
    storage.save(destination)
    return destination


@app.route("/profile/avatar", methods=["POST"])
def upload_avatar():
    upload = request.files.get("avatar")
    if upload is None or upload.filename == "":
        return jsonify(error="no file"), 400
    if upload.mimetype not in ALLOWED_MIME:
        return jsonify(error="unsupported type"), 415
    saved_to = store_upload(upload, app.config["UPLOAD_FOLDER"])
    return jsonify(path=os.path.relpath(saved_to, app.config["UPLOAD_FOLDER"])), 201


@app.errorhandler(413)
def too_large(_err):
    limit_mb = app.config["MAX_CONTENT_LENGTH"] // (1024 * 1024)
    return jsonify(error=f"file exceeds {limit_mb} MB"), 413
