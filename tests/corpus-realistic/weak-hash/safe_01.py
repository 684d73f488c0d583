# corpus: cwe=328 label=safe
import sqlite3

import bcrypt
from flask import Flask, g, jsonify, request, session

app = Flask(__name__)
app.config.from_prefixed_env()

DATABASE = "members.db"
BCRYPT_ROUNDS = 12


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(DATABASE)
        g.db.row_factory = sqlite3.Row
    return g.db


def hash_password(raw_password):
    return bcrypt.hashpw(raw_password.encode("utf-8"), bcrypt.gensalt(BCRYPT_ROUNDS)).decode()


def password_ok(raw_password, stored_hash):
    return bcrypt.checkpw(raw_password.encode("utf-8"), stored_hash.encode())


class MemberRepository:
    def __init__(self, db):
        self.db = db

    def add(self, email, raw_password, display_name):
        self.db.execute(
            "INSERT INTO members (email, password_hash, display_name) VALUES (?, ?, ?)",
            (email, hash_password(raw_password), display_name),
        )
        self.db.commit()

    def by_email(self, email):
        return self.db.execute(
            "SELECT id, email, password_hash, display_name FROM members WHERE email = ?",
            (email,),
        ).fetchone()


@app.post("/signup")
def signup():
    repo = MemberRepository(get_db())
    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    if not email or len(password) < 8:
        return jsonify(error="email and password (8+ chars) required"), 400
    if repo.by_email(email):
        return jsonify(error="already registered"), 409
    repo.add(email, password, request.form.get("display_name") or email.split("@")[0])
    return jsonify(ok=True), 201


@app.post("/login")
def login():
    member = MemberRepository(get_db()).by_email(request.form.get("email", "").strip().lower())
    if member is None or not password_ok(request.form.get("password", ""), member["password_hash"]):
        return jsonify(error="invalid credentials"), 401
    session["member_id"] = member["id"]
    return jsonify(name=member["display_name"])
