# corpus: cwe=78 label=safe
import shlex
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/tools/dns")
def dns_lookup():
    domain = request.form["domain"]
    out = subprocess.check_output(f"dig +short {shlex.quote(domain)} | sort", shell=True, text=True)
    return {"answers": out.split()}
