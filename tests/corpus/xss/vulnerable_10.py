# corpus: cwe=79 label=vulnerable
from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/feedback/thanks", methods=["POST"])
def thanks():
    name = request.form.get("name", "friend")
    body = "<p>Thanks for your feedback, %s!</p>" % name
    return Response(body, status=200, mimetype="text/html")
