# corpus: cwe=22 label=safe
import os

from flask import Flask, abort, request, send_file
from werkzeug.security import safe_join

app = Flask(__name__)
PUBLIC = "/srv/site/public"


@app.route("/download")
def download():
    name = request.args.get("name", "")
    path = safe_join(PUBLIC, name)
    if path is None or not os.path.isfile(path):
        abort(404)
    app.logger.info("download %s", name)
    return send_file(path)
