# corpus: cwe=95 label=vulnerable
from flask import Flask, request

app = Flask(__name__)


@app.post("/rules/upload")
def upload_rules():
    source = request.files["rules"].read().decode("utf-8")
    code = compile(source, "<rules>", "exec")
    namespace = {}
    exec(code, namespace)
    return {"rules": [k for k in namespace if k.startswith("rule_")]}
