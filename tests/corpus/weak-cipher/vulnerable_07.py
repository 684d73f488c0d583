# corpus: cwe=327 label=vulnerable
import os

from Crypto.Cipher import DES3
from flask import Flask, request

app = Flask(__name__)
KEY = DES3.adjust_key_parity(bytes.fromhex(os.environ["DES3_KEY"]))


@app.post("/vault/store")
def store_secret():
    cipher = DES3.new(KEY, DES3.MODE_CFB)
    blob = cipher.iv + cipher.encrypt(request.get_data())
    return {"blob": blob.hex()}
