# corpus: cwe=79 label=vulnerable
"""Custom error pages and a small 'page not found' helper."""
import logging

from flask import Flask, render_template_string, request

app = Flask(__name__)
log = logging.getLogger(__name__)

BASE_LAYOUT = """
<!doctype html>
<title>{{ title }}</title>
<div class="container">
  {body}
  <a href="{{ home }}">Back to the home page</a>
</div>
"""


def page(body, title="Oops", **ctx):
    source = BASE_LAYOUT.replace("{body}", body)
    return render_template_string(source, title=title, home="/", **ctx)


@app.errorhandler(404)
def not_found(err):
    missing = request.path
    log.info("404 for %r", missing)
    body = "<h1>Not found</h1><p>We could not find <code>" + missing + "</code>.</p>"
    return page(body, title="Not found"), 404


@app.errorhandler(500)
def server_error(err):
    return page("<h1>Something went wrong</h1>", title="Server error"), 500


@app.route("/")
def home():
    return page("<h1>Home</h1><p>Nothing to see yet.</p>", title="Home")
