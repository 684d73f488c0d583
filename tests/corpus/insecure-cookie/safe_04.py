# corpus: cwe=1004 label=safe
from flask import Flask

app = Flask(__name__)
app.config.update(
    SECRET_KEY="from-vault",
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
)


@app.route("/health")
def health():
    return "ok"
