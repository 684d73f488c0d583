# corpus: cwe=601 label=safe
from flask import Flask, redirect, request

app = Flask(__name__)
SHORT_LINKS = {
    "docs": "https://docs.example.com/",
    "status": "https://status.example.com/",
    "blog": "https://example.com/blog/",
}


@app.route("/l/<name>")
def short_link(name):
    return redirect(SHORT_LINKS.get(name, "/"))


@app.route("/l")
def short_link_query():
    return redirect(SHORT_LINKS[request.args.get("n", "docs")])
