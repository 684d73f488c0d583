# corpus: cwe=22 label=safe
import os

from flask import Flask, jsonify, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["UPLOAD_FOLDER"] = "/srv/gallery/incoming"


@app.route("/photos", methods=["POST"])
def upload_photo():
    photo = request.files.get("photo")
    if photo is None or photo.filename == "":
        return jsonify(error="no file"), 400
    clean_name = secure_filename(photo.filename)
    photo.save(os.path.join(app.config["UPLOAD_FOLDER"], clean_name))
    return jsonify(stored=clean_name), 201
