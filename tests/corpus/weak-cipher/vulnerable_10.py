# corpus: cwe=327 label=vulnerable
import os

from Crypto.Cipher import AES
from flask import Flask, abort

app = Flask(__name__)
ID_KEY = os.environ["ID_KEY"].encode()[:16]


@app.route("/share/<int:doc_id>")
def share_link(doc_id):
    if doc_id <= 0:
        abort(404)
    block = doc_id.to_bytes(16, "big")
    token = AES.new(ID_KEY, AES.MODE_ECB).encrypt(block).hex()
    return {"url": "/d/" + token}
