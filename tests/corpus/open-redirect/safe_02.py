# corpus: cwe=601 label=safe
from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route("/search-redirect")
def search_redirect():
    term = request.args.get("q", "")
    page = request.args.get("page", "1")
    return redirect(url_for("search_results", q=term, page=page))
