# corpus: cwe=328 label=safe
import hashlib

from flask import Flask, make_response, request

app = Flask(__name__)


@app.get("/static-bundle.js")
def bundle():
    with open("/srv/static/bundle.js", "rb") as fh:
        body = fh.read()
    etag = hashlib.md5(body, usedforsecurity=False).hexdigest()
    if request.if_none_match.contains(etag):
        return "", 304
    resp = make_response(body)
    resp.set_etag(etag)
    return resp
