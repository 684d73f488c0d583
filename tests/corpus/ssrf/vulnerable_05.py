# corpus: cwe=918 label=vulnerable
import urllib3
from flask import Flask, Response, request

app = Flask(__name__)
pool = urllib3.PoolManager(num_pools=4)


@app.route("/image-proxy")
def image_proxy():
    src = request.values.get("src")
    upstream = urllib3.PoolManager().request("GET", src, preload_content=True)
    return Response(upstream.data, content_type=upstream.headers.get("Content-Type"))
