# corpus: cwe=22 label=safe
"""Avatar uploads."""
import os

from flask import Flask, jsonify, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["UPLOAD_FOLDER"] = "/srv/app/media/avatars"
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024

ALLOWED_EXTENSIONS = {"png", "jpg", "jpeg", "gif"}


def allowed(filename):
    return "." in filename and filename.rsplit(".", 1)[1].lower() in ALLOWED_EXTENSIONS


def store_upload(storage, folder):
    os.makedirs(folder, exist_ok=True)
    name = secure_filename(storage.filename)
    if not name or not allowed(name):
        return None
    destination = os.path.join(folder, name)
    storage.save(destination)
    return destination


@app.route("/profile/avatar", methods=["POST"])
def upload_avatar():
    upload = request.files.get("avatar")
    if upload is None or upload.filename == "":
        return jsonify(error="no file"), 400
    saved_to = store_upload(upload, app.config["UPLOAD_FOLDER"])
    if saved_to is None:
        return jsonify(error="unsupported file"), 415
    return jsonify(path=os.path.basename(saved_to)), 201
