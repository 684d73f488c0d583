# corpus: cwe=601 label=vulnerable
from flask import Flask, redirect

app = Flask(__name__)


@app.route("/r/<path:target>")
def short_redirect(target):
    if not target.startswith("http"):
        target = "https://" + target
    return redirect(target)
