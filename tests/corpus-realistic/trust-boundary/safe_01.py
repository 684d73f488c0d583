# corpus: cwe=501 label=safe
"""Workspace login (Flask)."""
import os

from flask import Flask, flash, redirect, render_template, request, session, url_for
from werkzeug.security import check_password_hash

from .db import get_db

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


def find_member(db, email):
    return db.execute(
        "SELECT id, workspace_id, role, password_hash, name FROM members WHERE email = ?",
        (email,),
    ).fetchone()


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("login.html")

    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    member = find_member(get_db(), email)
    if member is None or not check_password_hash(member["password_hash"], password):
        flash("Wrong e-mail or password.")
        return render_template("login.html", email=email), 401

    session.clear()
    session["member_id"] = member["id"]
    session["workspace_id"] = member["workspace_id"]
    session["role"] = member["role"]
    session["display_name"] = member["name"]
    return redirect(url_for("workspace_home"))


@app.route("/logout", methods=["POST"])
def logout():
    session.clear()
    return redirect(url_for("login"))


@app.route("/workspace/settings")
def workspace_settings():
    if session.get("role") != "admin":
        return "Forbidden", 403
    return render_template("settings.html")
