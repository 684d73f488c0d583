# corpus: cwe=79 label=vulnerable
from flask import Flask, render_template_string, request

app = Flask(__name__)

PAGE = """<html><body><h1>Error</h1><p>%s</p></body></html>"""


@app.errorhandler(404)
def not_found(error):
    missing = request.path
    return render_template_string(PAGE % missing), 404
