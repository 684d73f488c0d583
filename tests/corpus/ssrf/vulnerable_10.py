# corpus: cwe=918 label=vulnerable
import http.client

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping-backend")
def ping_backend():
    backend = request.cookies.get("backend", "localhost:9000")
    conn = http.client.HTTPConnection(backend, timeout=2)
    conn.request("GET", "/ping")
    return str(conn.getresponse().status)
