# corpus: cwe=328 label=vulnerable
import hashlib
import hmac
import sqlite3

from flask import Flask, g, jsonify, request, session

app = Flask(__name__)
app.config.from_prefixed_env()

DATABASE = "members.db"


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(DATABASE)
        g.db.row_factory = sqlite3.Row
    return g.db


def password_digest(raw_password):
    return hashlib.md5(raw_password.encode("utf-8")).hexdigest()


def create_member(db, email, raw_password, display_name):
    db.execute(
        "INSERT INTO members (email, password_hash, display_name) VALUES (?, ?, ?)",
        (email, password_digest(raw_password), display_name),
    )
    db.commit()


def find_member(db, email):
    return db.execute(
        "SELECT id, email, password_hash, display_name FROM members WHERE email = ?",
        (email,),
    ).fetchone()


@app.teardown_appcontext
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


@app.post("/signup")
def signup():
    form = request.form
    email = form.get("email", "").strip().lower()
    password = form.get("password", "")
    if not email or len(password) < 8:
        return jsonify(error="email and password (8+ chars) required"), 400
    if find_member(get_db(), email):
        return jsonify(error="already registered"), 409
    create_member(get_db(), email, password, form.get("display_name", email.split("@")[0]))
    return jsonify(ok=True), 201


@app.post("/login")
def login():
    member = find_member(get_db(), request.form.get("email", "").strip().lower())
    supplied = password_digest(request.form.get("password", ""))
    if member is None or not hmac.compare_digest(supplied, member["password_hash"]):
        return jsonify(error="invalid credentials"), 401
    session["member_id"] = member["id"]
    return jsonify(name=member["display_name"])
