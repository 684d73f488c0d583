# corpus: cwe=601 label=safe
from urllib.parse import urlparse

from flask import Flask, redirect, request

app = Flask(__name__)
HOME = "https://www.example.com/"


@app.route("/exit")
def exit_page():
    link = request.form.get("link", HOME)
    if urlparse(link).netloc != "www.example.com":
        return redirect(HOME)
    return redirect(link)
