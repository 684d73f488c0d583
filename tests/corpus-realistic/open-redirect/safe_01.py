# corpus: cwe=601 label=safe
"""Login and logout views for the customer portal."""
from urllib.parse import urljoin, urlparse

from flask import Flask, flash, redirect, render_template, request, session, url_for
from werkzeug.security import check_password_hash

from .db import get_user_by_email

app = Flask(__name__)
app.config.from_envvar("PORTAL_SETTINGS")


def is_safe_redirect(target):
    if "\\" in target or any(ch.isspace() or ord(ch) < 32 for ch in target):
        return False
    host_url = urlparse(request.host_url)
    resolved = urlparse(urljoin(request.host_url, target))
    return resolved.scheme in ("http", "https") and resolved.netloc == host_url.netloc


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
    target = request.args.get("next", "")
    if target and is_safe_redirect(target):
        return redirect(target)
    return redirect(url_for("dashboard"))


@app.route("/dashboard")
def dashboard():
    return render_template("dashboard.html")
