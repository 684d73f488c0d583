# corpus: cwe=79 label=vulnerable
from flask import Flask, request

app = Flask(__name__)


def render_row(label, value):
    return "<tr><th>{}</th><td>{}</td></tr>".format(label, value)


@app.route("/debug/headers")
def show_headers():
    agent = request.headers.get("User-Agent", "")
    lang = request.headers.get("Accept-Language", "")
    table = render_row("User-Agent", agent) + render_row("Language", lang)
    return "<table>" + table + "</table>"
