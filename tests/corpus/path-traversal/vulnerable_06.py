# corpus: cwe=22 label=vulnerable
import shutil

from flask import Flask, request

app = Flask(__name__)
ARCHIVE = "/srv/archive"


@app.route("/projects/clone", methods=["POST"])
def clone_project():
    template = request.values.get("template", "blank")
    target = request.values.get("name")
    shutil.copytree("/srv/templates/" + template, ARCHIVE + "/" + target)
    return "created", 201
