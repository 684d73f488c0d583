# corpus: cwe=1004 label=vulnerable
from flask import Flask

app = Flask(__name__)
app.config.update(
    SECRET_KEY="change-me",
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=False,
    SESSION_COOKIE_SAMESITE="Lax",
)


@app.route("/health")
def health():
    return "ok"
