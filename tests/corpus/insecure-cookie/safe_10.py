# corpus: cwe=1004 label=safe
from flask import Flask
from flask_login import LoginManager

app = Flask(__name__)
app.config["REMEMBER_COOKIE_SECURE"] = True
app.config["REMEMBER_COOKIE_HTTPONLY"] = True
app.config["REMEMBER_COOKIE_DURATION"] = 30 * 24 * 3600
app.config["SESSION_COOKIE_SECURE"] = True
login_manager = LoginManager(app)


@app.route("/")
def home():
    return "home"
