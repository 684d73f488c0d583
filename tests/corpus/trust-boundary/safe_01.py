# corpus: cwe=501 label=safe
from flask import Flask, abort, redirect, request, session
from werkzeug.security import check_password_hash

app = Flask(__name__)
app.secret_key = "replace-me"


def lookup_user(email):
    return None


@app.route("/login", methods=["POST"])
def login():
    user = lookup_user(request.form.get("email", ""))
    if user is None or not check_password_hash(user.pw_hash, request.form.get("password", "")):
        abort(401)
    session.clear()
    session["user_id"] = user.id
    session["email"] = request.form["email"]
    return redirect("/")
