# corpus: cwe=89 label=safe
import sqlite3

from flask import Flask, request, session

app = Flask(__name__)


@app.post("/login")
def login():
    user = request.form["username"]
    pw_hash = request.form["password_hash"]
    db = sqlite3.connect("app.db")
    row = db.execute(
        "SELECT id FROM users WHERE name = ? AND pw_hash = ?", (user, pw_hash)
    ).fetchone()
    if row is None:
        return "invalid", 401
    session["uid"] = row[0]
    return "welcome"
