# corpus: cwe=95 label=safe
import ast
import operator

from flask import Flask, request

app = Flask(__name__)
BINOPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul}


def evaluate(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in BINOPS:
        return BINOPS[type(node.op)](evaluate(node.left), evaluate(node.right))
    raise ValueError("unsupported expression")


@app.get("/calc")
def calc():
    tree = ast.parse(request.args.get("expr", "0"), mode="eval")
    return {"result": evaluate(tree.body)}
