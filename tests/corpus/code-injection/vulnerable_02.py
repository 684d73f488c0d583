# corpus: cwe=95 label=vulnerable
from flask import Flask, request

app = Flask(__name__)


@app.post("/admin/console")
def console():
    script = request.form["script"]
    scope = {"app": app}
    exec(script, scope)
    return {"vars": sorted(k for k in scope if not k.startswith("__"))}
