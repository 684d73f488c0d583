# corpus: cwe=79 label=safe
"""Custom error pages rendered from an inline layout."""
import logging

from flask import Flask, render_template_string, request

app = Flask(__name__)
log = logging.getLogger(__name__)

LAYOUT = """
<!doctype html>
<title>{{ title }}</title>
<div class="container">
  <h1>{{ heading }}</h1>
  {% if detail %}<p>We could not find <code>{{ detail }}</code>.</p>{% endif %}
  <a href="{{ home }}">Back to the home page</a>
</div>
"""


def page(heading, title="Oops", detail=None):
    return render_template_string(LAYOUT, title=title, heading=heading, detail=detail, home="/")


@app.errorhandler(404)
def not_found(err):
    log.info("404 for %r", request.path)
    return page("Not found", title="Not found", detail=request.path), 404


@app.errorhandler(500)
def server_error(err):
    return page("Something went wrong", title="Server error"), 500


@app.route("/")
def home():
    return page("Home", title="Home")
