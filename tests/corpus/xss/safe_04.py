# corpus: cwe=79 label=safe
from flask import Flask, render_template_string, request

app = Flask(__name__)

PAGE = """<html><body><h1>Error</h1><p>{{ missing }}</p></body></html>"""


@app.errorhandler(404)
def not_found(error):
    return render_template_string(PAGE, missing=request.path), 404
