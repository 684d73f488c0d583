# corpus: cwe=798 label=safe
from flask import Flask, abort, request, session
from werkzeug.security import check_password_hash

from .models import Operator

app = Flask(__name__)


@app.post("/ops/login")
def ops_login():
    op = Operator.query.filter_by(name=request.form["name"]).first()
    if op and check_password_hash(op.password_hash, request.form["password"]):
        session["ops"] = op.id
        return "welcome"
    abort(403)
