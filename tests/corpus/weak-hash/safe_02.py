# corpus: cwe=328 label=safe
import bcrypt
from flask import Flask, request, session

from .models import User

app = Flask(__name__)


@app.post("/login")
def login():
    user = User.query.filter_by(email=request.form["email"]).first()
    pw = request.form["password"].encode()
    if user is None or not bcrypt.checkpw(pw, user.pw_hash):
        return "invalid credentials", 401
    session["uid"] = user.id
    return "ok"
