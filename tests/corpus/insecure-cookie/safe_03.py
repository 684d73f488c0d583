# corpus: cwe=614 label=safe
import os

from flask import Flask

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
app.config["SESSION_COOKIE_HTTPONLY"] = True
app.config["SESSION_COOKIE_SECURE"] = os.environ.get("APP_ENV") != "development"
app.config["PERMANENT_SESSION_LIFETIME"] = 86400


@app.route("/")
def index():
    return "hello"
