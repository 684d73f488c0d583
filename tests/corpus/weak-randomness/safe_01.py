# corpus: cwe=338 label=safe
import secrets

from flask import Flask, request

from .models import User, db

app = Flask(__name__)


@app.post("/password/forgot")
def forgot_password():
    user = User.query.filter_by(email=request.form["email"]).first_or_404()
    user.reset_token = secrets.token_urlsafe(32)
    db.session.commit()
    return {"status": "sent"}
