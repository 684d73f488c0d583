# corpus: cwe=22 label=vulnerable
import os

from flask import Flask, request, send_file

app = Flask(__name__)
AVATAR_ROOT = "/var/lib/shop/avatars"


@app.route("/avatar")
def avatar():
    username = request.args.get("user", "default")
    image_path = os.path.join(AVATAR_ROOT, username + ".png")
    return send_file(image_path, mimetype="image/png")
