# corpus: cwe=328 label=safe
from flask import Flask, request
from werkzeug.security import generate_password_hash

from .models import User, db

app = Flask(__name__)


@app.post("/signup")
def signup():
    user = User(email=request.form["email"])
    user.password_hash = generate_password_hash(request.form["password"])
    db.session.add(user)
    db.session.commit()
    return {"id": user.id}, 201
