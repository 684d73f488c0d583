# corpus: cwe=78 label=vulnerable
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.get("/admin/disk-usage")
def disk_usage():
    path = request.args.get("path", "/var/www")
    summary = subprocess.getoutput("du -sh " + path)
    size, _, _ = summary.partition("\t")
    return {"path": path, "size": size}
