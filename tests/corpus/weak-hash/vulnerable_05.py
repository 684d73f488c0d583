# corpus: cwe=328 label=vulnerable
import hashlib
import time

from flask import Flask, request, url_for

app = Flask(__name__)


@app.post("/password/forgot")
def forgot_password():
    email = request.form["email"]
    reset_token = hashlib.md5((email + str(time.time())).encode()).hexdigest()
    link = url_for("reset_password", token=reset_token, _external=True)
    return {"sent_to": email, "debug_link": link}
