# corpus: cwe=95 label=safe
from flask import Flask, request
from jinja2.sandbox import SandboxedEnvironment

app = Flask(__name__)
sandbox = SandboxedEnvironment(autoescape=True)


@app.post("/notifications/preview")
def preview_notification():
    template = sandbox.from_string(request.form["template"])
    return template.render(user={"name": "Ada"}, order={"id": 42})
