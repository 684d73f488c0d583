# corpus: cwe=328 label=vulnerable
import hashlib

from flask import Flask, request

from .models import User, db

app = Flask(__name__)


@app.post("/signup")
def signup():
    user = User(email=request.form["email"])
    user.password_hash = hashlib.md5(request.form["password"].encode()).hexdigest()
    db.session.add(user)
    db.session.commit()
    return {"id": user.id}, 201
