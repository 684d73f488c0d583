# corpus: cwe=78 label=vulnerable
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/tools/dns")
def dns_lookup():
    domain = request.form["domain"]
    record = request.form.get("type", "A")
    out = subprocess.check_output("dig +short " + domain + " " + record, shell=True, text=True)
    return {"answers": out.split()}
