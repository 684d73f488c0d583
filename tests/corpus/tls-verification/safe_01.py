# corpus: cwe=295 label=safe
import requests
from flask import Flask, Response, request

app = Flask(__name__)
UPSTREAM = "https://inventory.internal.example"
INTERNAL_CA = "/etc/ssl/certs/internal-root-ca.pem"


@app.route("/proxy/<path:path>")
def proxy(path):
    upstream = requests.get(UPSTREAM + "/" + path, params=request.args, verify=INTERNAL_CA, timeout=15)
    return Response(upstream.content, status=upstream.status_code)
