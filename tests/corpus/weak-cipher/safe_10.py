# corpus: cwe=327 label=safe
import os

from Crypto.Cipher import AES
from flask import Flask, abort

app = Flask(__name__)
ID_KEY = bytes.fromhex(os.environ["ID_KEY"])


@app.route("/share/<int:doc_id>")
def share_link(doc_id):
    if doc_id <= 0:
        abort(404)
    cipher = AES.new(ID_KEY, AES.MODE_EAX)
    ct, tag = cipher.encrypt_and_digest(doc_id.to_bytes(8, "big"))
    return {"url": "/d/" + (cipher.nonce + tag + ct).hex()}
