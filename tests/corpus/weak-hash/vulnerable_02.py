# corpus: cwe=328 label=vulnerable
import hashlib

from flask import Flask, request, session

from .models import User

app = Flask(__name__)


@app.post("/login")
def login():
    user = User.query.filter_by(email=request.form["email"]).first()
    pw = request.form["password"]
    if user is None or hashlib.sha1(pw.encode()).hexdigest() != user.pw_digest:
        return "invalid credentials", 401
    session["uid"] = user.id
    return "ok"
