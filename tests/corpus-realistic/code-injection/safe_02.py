# corpus: cwe=94 label=safe
import ast
import math
import operator

from flask import Flask, jsonify, request

app = Flask(__name__)

BIN_OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Mod: operator.mod,
}
UNARY_OPS = {ast.UAdd: operator.pos, ast.USub: operator.neg}
FUNCTIONS = {"sqrt": math.sqrt, "sin": math.sin, "cos": math.cos, "abs": abs}
NAMES = {"pi": math.pi, "e": math.e}


def _eval(node):
    if isinstance(node, ast.Expression):
        return _eval(node.body)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in BIN_OPS:
        return BIN_OPS[type(node.op)](_eval(node.left), _eval(node.right))
    if isinstance(node, ast.UnaryOp) and type(node.op) in UNARY_OPS:
        return UNARY_OPS[type(node.op)](_eval(node.operand))
    if isinstance(node, ast.Name) and node.id in NAMES:
        return NAMES[node.id]
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in FUNCTIONS
        and len(node.args) == 1
        and not node.keywords
    ):
        return FUNCTIONS[node.func.id](_eval(node.args[0]))
    raise ValueError(f"unsupported element: {type(node).__name__}")


def evaluate(expression):
    return float(_eval(ast.parse(expression.replace("^", "**"), mode="eval")))


@app.route("/calc")
def calc():
    expression = request.args.get("q", "")
    if not expression or len(expression) > 200:
        return jsonify(error="q must be 1-200 characters"), 400
    try:
        result = evaluate(expression)
    except (SyntaxError, ValueError, ZeroDivisionError) as exc:
        return jsonify(error=str(exc)), 422
    return jsonify(expression=expression, result=result)
