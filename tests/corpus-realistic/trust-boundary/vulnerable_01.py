# corpus: cwe=501 label=vulnerable
"""Team workspace sign-up flow (Flask)."""
import os

from flask import Flask, flash, redirect, render_template, request, session, url_for
from werkzeug.security import generate_password_hash

from .db import create_member, get_db

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]

ROLE_LABELS = {"viewer": "Viewer", "editor": "Editor", "admin": "Workspace admin"}


@app.route("/join/<invite_code>", methods=["GET", "POST"])
def join_workspace(invite_code):
    db = get_db()
    invite = db.execute(
        "SELECT workspace_id, email FROM invites WHERE code = ? AND used = 0", (invite_code,)
    ).fetchone()
    if invite is None:
        flash("This invitation is no longer valid.")
        return redirect(url_for("home"))

    if request.method == "GET":
        return render_template("join.html", invite=invite, roles=ROLE_LABELS)

    name = request.form["name"].strip()
    password = request.form["password"]
    member_id = create_member(
        db,
        workspace_id=invite["workspace_id"],
        email=invite["email"],
        name=name,
        password_hash=generate_password_hash(password),
    )
    db.execute("UPDATE invites SET used = 1 WHERE code = ?", (invite_code,))
    db.commit()

    session.clear()
    session["member_id"] = member_id
    session["workspace_id"] = invite["workspace_id"]
    session["role"] = request.form["role"]
    return redirect(url_for("workspace_home"))


def require_role(*allowed):
    def check():
        return session.get("role") in allowed
    return check


@app.route("/workspace/settings")
def workspace_settings():
    if not require_role("admin")():
        return "Forbidden", 403
    return render_template("settings.html")
