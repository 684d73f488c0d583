# corpus: cwe=643 label=safe
import hashlib
import hmac
import os

from flask import Flask, jsonify, request, session
from lxml import etree

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]

USERS_FILE = os.environ.get("USERS_XML", "/etc/app/users.xml")
ACCOUNT_QUERY = "/users/user[@login=$login and @active='true']"


def load_users():
    return etree.parse(USERS_FILE)


def password_hash(password, salt):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt), 200_000).hex()


def find_account(tree, username):
    matches = tree.xpath(ACCOUNT_QUERY, login=username)
    return matches[0] if matches else None


@app.route("/login", methods=["POST"])
def login():
    username = request.form.get("username", "").strip()
    password = request.form.get("password", "")
    account = find_account(load_users(), username)
    if account is None:
        return jsonify(ok=False), 401
    expected = account.findtext("password_hash", "")
    actual = password_hash(password, account.get("salt", ""))
    if not hmac.compare_digest(expected, actual):
        return jsonify(ok=False), 401
    session["user"] = account.get("login")
    session["roles"] = [r.text for r in account.iterfind("roles/role")]
    return jsonify(ok=True, user=session["user"], roles=session["roles"])
