# corpus: cwe=918 label=safe
import httpx
from flask import Flask, request

app = Flask(__name__)


@app.route("/repos/<owner>")
def repos(owner):
    page = request.args.get("page", "1")
    url = f"https://api.github.com/users/{owner}/repos"
    return httpx.get(url, params={"page": page}, timeout=5.0).json()
