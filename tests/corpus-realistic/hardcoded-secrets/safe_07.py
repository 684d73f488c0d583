# corpus: cwe=798 label=safe
"""Account registration with the shared password policy."""
import re

from flask import Blueprint, jsonify, render_template, request
from werkzeug.security import generate_password_hash

accounts = Blueprint("accounts", __name__)

PASSWORD_MIN_LENGTH = 12
PASSWORD_MAX_LENGTH = 128
PASSWORD_HISTORY_SIZE = 5
password_field_label = "Password"
confirm_password_label = "Repeat password"
PASSWORD_HINT = "At least {} characters, including a number and a symbol.".format(PASSWORD_MIN_LENGTH)
RESET_TOKEN_TTL_MINUTES = 30
SECRET_QUESTION_PROMPT = "Choose a security question"


def password_problems(password, username=""):
    problems = []
    if len(password) < PASSWORD_MIN_LENGTH:
        problems.append(f"must be at least {PASSWORD_MIN_LENGTH} characters")
    if len(password) > PASSWORD_MAX_LENGTH:
        problems.append("is too long")
    if not re.search(r"\d", password):
        problems.append("needs a number")
    if not re.search(r"[^\w\s]", password):
        problems.append("needs a symbol")
    if username and username.lower() in password.lower():
        problems.append("must not contain your username")
    return problems


@accounts.get("/register")
def register_form():
    return render_template(
        "register.html",
        password_label=password_field_label,
        confirm_label=confirm_password_label,
        hint=PASSWORD_HINT,
    )


@accounts.post("/register")
def register():
    username = request.form.get("username", "").strip()
    password = request.form.get("password", "")
    if password != request.form.get("password_confirm", ""):
        return jsonify(errors=["passwords do not match"]), 400
    problems = password_problems(password, username)
    if problems:
        return jsonify(errors=[f"{password_field_label} {p}" for p in problems]), 400
    accounts.user_repo.create(username=username, password_hash=generate_password_hash(password))
    return jsonify(created=username), 201
