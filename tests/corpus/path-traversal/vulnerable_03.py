# corpus: cwe=22 label=vulnerable
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
app.config["UPLOAD_FOLDER"] = "/srv/gallery/incoming"


@app.route("/photos", methods=["POST"])
def upload_photo():
    photo = request.files.get("photo")
    if photo is None or photo.filename == "":
        return jsonify(error="no file"), 400
    destination = os.path.join(app.config["UPLOAD_FOLDER"], photo.filename)
    photo.save(destination)
    return jsonify(stored=photo.filename), 201
