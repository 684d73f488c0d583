# corpus: cwe=95 label=safe
import operator

from flask import Flask, request

app = Flask(__name__)
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}


@app.route("/calc")
def calculator():
    a = float(request.args.get("a", "0"))
    b = float(request.args.get("b", "0"))
    op = OPS.get(request.args.get("op", "+"))
    if op is None:
        return {"error": "unknown operator"}, 400
    return {"result": op(a, b)}
