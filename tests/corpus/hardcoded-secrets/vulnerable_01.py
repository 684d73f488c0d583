# corpus: cwe=798 label=vulnerable
from flask import Flask, session

app = Flask(__name__)
app.config["SECRET_KEY"] = "flask-prod-signing-key-2023"
app.config["SESSION_COOKIE_SECURE"] = True


@app.route("/visits")
def visits():
    session["count"] = session.get("count", 0) + 1
    return {"visits": session["count"]}
