# corpus: cwe=601 label=safe
from flask import Flask, redirect, request

app = Flask(__name__)


def is_local_path(target):
    return target.startswith("/") and not target.startswith("//") and "\\" not in target


@app.route("/back")
def back():
    target = request.args.get("to", "/")
    if not is_local_path(target):
        target = "/"
    return redirect(target)
