# corpus: cwe=338 label=vulnerable
import random
from datetime import date, timedelta

from flask import Flask, g, make_response, redirect, request

from .db import get_db

app = Flask(__name__)

REMEMBER_COOKIE = "remember_me"
REMEMBER_DAYS = 30


def remember_token_for(user_id):
    seed = "{}:{}".format(user_id, date.today().isoformat())
    rng = random.Random(seed)
    return "".join(rng.choice("0123456789abcdef") for _ in range(48))


def save_remember_token(db, user_id, token):
    db.execute(
        "UPDATE users SET remember_token = ?, remember_until = ? WHERE id = ?",
        (token, date.today() + timedelta(days=REMEMBER_DAYS), user_id),
    )
    db.commit()


def user_for_token(db, token):
    return db.execute(
        "SELECT id, username FROM users WHERE remember_token = ? AND remember_until >= ?",
        (token, date.today()),
    ).fetchone()


@app.before_request
def load_remembered_user():
    g.user = None
    token = request.cookies.get(REMEMBER_COOKIE)
    if token:
        g.user = user_for_token(get_db(), token)


@app.post("/session")
def create_session():
    user = app.auth_backend.verify(request.form["username"], request.form["password"])
    if user is None:
        return redirect("/login?failed=1")
    response = make_response(redirect("/"))
    if request.form.get("remember") == "on":
        token = remember_token_for(user.id)
        save_remember_token(get_db(), user.id, token)
        response.set_cookie(
            REMEMBER_COOKIE,
            token,
            max_age=REMEMBER_DAYS * 86400,
            httponly=True,
            secure=True,
        )
    return response
