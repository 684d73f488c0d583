# corpus: cwe=78 label=safe
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)
REPO_ROOT = "/srv/mirrors"


@app.route("/mirror", methods=["POST"])
def mirror_repo():
    url = request.get_json(force=True)["url"]
    proc = subprocess.run(
        ["git", "clone", "--depth", "1", "--", url, REPO_ROOT + "/latest"],
        capture_output=True,
        timeout=120,
    )
    return jsonify(ok=proc.returncode == 0, error=proc.stderr.decode())
