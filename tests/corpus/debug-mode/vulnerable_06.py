# corpus: cwe=489 label=vulnerable
from flask import Flask

app = Flask(__name__)
app.config.update(
    DEBUG=True,
    SESSION_COOKIE_HTTPONLY=True,
    MAX_CONTENT_LENGTH=16 * 1024 * 1024,
)


@app.route("/")
def index():
    return "inventory"
