# corpus: cwe=95 label=vulnerable
from flask import Flask, request

app = Flask(__name__)


@app.route("/calc")
def calculator():
    expression = request.args.get("expr", "0")
    try:
        result = eval(expression)
    except Exception as exc:
        return {"error": str(exc)}, 400
    return {"result": result}
