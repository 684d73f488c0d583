# corpus: cwe=78 label=vulnerable
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)
REPO_ROOT = "/srv/mirrors"


@app.route("/mirror", methods=["POST"])
def mirror_repo():
    payload = request.get_json(force=True)
    url = payload["url"]
    proc = subprocess.Popen(
        f"git clone --depth 1 {url} {REPO_ROOT}/latest", shell=True, stderr=subprocess.PIPE
    )
    _, err = proc.communicate(timeout=120)
    return jsonify(ok=proc.returncode == 0, error=err.decode())
