# corpus: cwe=295 label=vulnerable
import requests
from flask import Flask, Response, request

app = Flask(__name__)
UPSTREAM = "https://inventory.internal.example"


@app.route("/proxy/<path:path>")
def proxy(path):
    upstream = requests.get(UPSTREAM + "/" + path, params=request.args, verify=False, timeout=15)
    return Response(upstream.content, status=upstream.status_code)
