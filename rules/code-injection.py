# Test cases for rules/code-injection.yaml (semgrep --test).
import ast
import json
import operator
import sys

from flask import Flask, request

app = Flask(__name__)

OPERATIONS = {"add": operator.add, "sub": operator.sub, "mul": operator.mul}
FORMULAS = {"area": "w * h", "perimeter": "2 * (w + h)"}


@app.route("/calc")
def calc():
    expr = request.args.get("expr")
    # ruleid: python-code-injection, python-eval-non-literal
    return str(eval(expr))


@app.route("/filter", methods=["POST"])
def filter_items():
    cond = request.get_json()["condition"]
    items = [1, 2, 3, 4]
    # ruleid: python-code-injection, python-eval-non-literal
    return str([i for i in items if eval("i " + cond, {"i": i})])


@app.route("/hook", methods=["POST"])
def run_hook():
    source = request.form["code"]
    # ruleid: python-code-injection, python-eval-non-literal
    exec(source, {"__builtins__": {}})
    return "done"


@app.route("/template")
def render_expr():
    name = request.cookies.get("field", "x")
    # ruleid: python-code-injection
    code = compile(f"result = {name}", "<expr>", "exec")
    return str(code)


def cli():
    # ruleid: python-code-injection, python-eval-non-literal
    print(eval(sys.argv[1]))


def repl():
    line = input(">>> ")
    # ruleid: python-code-injection, python-eval-non-literal
    exec(line)


def load_plugin(path):
    with open(path) as fh:
        # A dynamic exec without a known untrusted source is still audited.
        # ruleid: python-eval-non-literal
        exec(fh.read())


@app.route("/rule", methods=["POST"])
def apply_rule():
    body = request.get_data(as_text=True)
    # ruleid: python-code-injection, python-eval-non-literal
    exec(body, {"__builtins__": {}}, {})
    return "applied"


@app.route("/score")
def score():
    weight = request.headers.get("X-Weight", "1")
    # ruleid: python-code-injection, python-eval-non-literal
    return str(eval(f"{weight} * 10"))


@app.route("/upload-script", methods=["POST"])
def upload_script():
    src = request.files["script"].read().decode()
    # ruleid: python-code-injection
    code = compile(src, "<upload>", "exec")
    return str(code.co_names)


# ---- safe variants -------------------------------------------------------


@app.route("/calc-safe")
def calc_safe():
    op = request.args.get("op", "add")
    a = int(request.args.get("a", "0"))
    b = int(request.args.get("b", "0"))
    func = OPERATIONS.get(op)
    if func is None:
        return "bad op", 400
    # ok: python-code-injection, python-eval-non-literal
    return str(func(a, b))


@app.route("/literal")
def parse_literal():
    raw = request.args.get("value")
    # ok: python-code-injection, python-eval-non-literal
    value = ast.literal_eval(raw)
    return str(value)


@app.route("/json", methods=["POST"])
def parse_json():
    # ok: python-code-injection, python-eval-non-literal
    return str(json.loads(request.data))


def constant():
    # ok: python-code-injection, python-eval-non-literal
    return eval("1 + 1")


def numeric():
    n = int(input("n: "))
    # ok: python-code-injection
    code = compile("x = %d" % n, "<n>", "exec")
    return code


def dataframe_query(df):
    expr = request.args.get("q")
    # ok: python-code-injection, python-eval-non-literal
    return df.eval(expr)


@app.route("/score-safe")
def score_safe():
    weight = float(request.headers.get("X-Weight", "1"))
    # ok: python-code-injection, python-eval-non-literal
    return str(weight * 10)


@app.route("/formula")
def formula():
    name = request.args.get("name", "area")
    expr = FORMULAS.get(name, "0")
    # Only the program's own formulas reach eval (still audited as dynamic eval).
    # ruleid: python-eval-non-literal
    return str(eval(expr, {"__builtins__": {}}, {"w": 2, "h": 3}))


@app.route("/settings", methods=["POST"])
def settings():
    # ok: python-code-injection, python-eval-non-literal
    data = json.loads(request.get_data(as_text=True))
    return str(data.get("theme"))
