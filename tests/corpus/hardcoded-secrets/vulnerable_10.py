# corpus: cwe=798 label=vulnerable
import datetime

import jwt
from flask import Flask, request

app = Flask(__name__)


@app.post("/token")
def issue_token():
    claims = {
        "sub": request.form["user"],
        "exp": datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=1),
    }
    return {"access_token": jwt.encode(claims, "jwt-shared-secret-v2", algorithm="HS256")}
