# corpus: cwe=94 label=vulnerable
import math

from flask import Flask, jsonify, request

app = Flask(__name__)

UNITS = {"mm": 0.001, "cm": 0.01, "m": 1.0, "km": 1000.0}
HISTORY_LIMIT = 20
history = []


def normalise(expression):
    return expression.replace("^", "**").replace("×", "*").replace("÷", "/").strip()


def calculate(expression, unit="m"):
    value = eval(normalise(expression), {"math": math, "pi": math.pi})
    return float(value) * UNITS.get(unit, 1.0)


@app.route("/calc")
def calc():
    expression = request.args.get("q", "")
    unit = request.args.get("unit", "m")
    if not expression:
        return jsonify(error="missing q"), 400
    try:
        result = calculate(expression, unit)
    except (SyntaxError, ZeroDivisionError, TypeError, ValueError) as exc:
        return jsonify(error=str(exc)), 422
    history.append((expression, result))
    del history[:-HISTORY_LIMIT]
    return jsonify(expression=expression, unit=unit, result=result)


@app.route("/calc/history")
def calc_history():
    return jsonify([{"q": q, "result": r} for q, r in history])
