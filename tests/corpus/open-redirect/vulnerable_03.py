# corpus: cwe=601 label=vulnerable
from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/bounce")
def bounce():
    response = Response(status=303)
    response.headers["Location"] = request.values.get("to", "/")
    return response
