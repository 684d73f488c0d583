# corpus: cwe=78 label=vulnerable
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/video/transcode", methods=["POST"])
def transcode():
    upload = request.files["video"]
    upload.save("/srv/uploads/" + "incoming.bin")
    name = upload.filename
    subprocess.run(["bash", "-c", "ffmpeg -i /srv/uploads/incoming.bin -y /srv/out/" + name], check=True)
    return "queued", 202
