# corpus: cwe=601 label=vulnerable
"""Login and logout views for the customer portal."""
from flask import Flask, flash, redirect, render_template, request, session, url_for
from werkzeug.security import check_password_hash

from .db import get_user_by_email

app = Flask(__name__)
app.config.from_envvar("PORTAL_SETTINGS")


def authenticate(email, password):
    user = get_user_by_email(email.strip().lower())
    if user and check_password_hash(user.password_hash, password):
        return user
    return None


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("login.html", next=request.args.get("next", ""))
    user = authenticate(request.form["email"], request.form["password"])
    if user is None:
        flash("Invalid e-mail or password")
        return redirect(url_for("login", next=request.args.get("next", "")))
    session.clear()
    session["user_id"] = user.id
    if "next" in request.args:
        return redirect(request.args["next"])
    return redirect(url_for("dashboard"))


@app.route("/logout")
def logout():
    session.clear()
    return redirect(url_for("login"))


@app.route("/dashboard")
def dashboard():
    return render_template("dashboard.html")
