# corpus: cwe=338 label=vulnerable
import random
import string

from flask import Flask, request

from .models import User, db

app = Flask(__name__)


@app.post("/password/forgot")
def forgot_password():
    user = User.query.filter_by(email=request.form["email"]).first_or_404()
    token = "".join(random.choice(string.ascii_letters + string.digits) for _ in range(40))
    user.reset_token = token
    db.session.commit()
    return {"status": "sent"}
