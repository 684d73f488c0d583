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
    # ruleid: python-code-injection
    return str(eval(expr))


@app.route("/filter", methods=["POST"])
def filter_items():
    cond = request.get_json()["condition"]
    items = [1, 2, 3, 4]
    # ruleid: python-code-injection
    return str([i for i in items if eval("i " + cond, {"i": i})])


@app.route("/hook", methods=["POST"])
def run_hook():
    source = request.form["code"]
    # ruleid: python-code-injection
    exec(source, {"__builtins__": {}})
    return "done"


@app.route("/template")
def render_expr():
    name = request.cookies.get("field", "x")
    code = compile(f"result = {name}", "<expr>", "exec")
    scope = {}
    # ruleid: python-code-injection
    exec(code, scope)
    return str(scope.get("result"))


def cli():
    # ruleid: python-code-injection
    print(eval(sys.argv[1]))


def repl():
    line = input(">>> ")
    # ruleid: python-code-injection
    exec(line)


def load_plugin(path):
    with open(path) as fh:
        # exec of a parameter: medium, it blocks only with bandit's B102.
        # ruleid: python-eval-of-variable
        exec(fh.read())


@app.route("/rule", methods=["POST"])
def apply_rule():
    body = request.get_data(as_text=True)
    # ruleid: python-code-injection
    exec(body, {"__builtins__": {}}, {})
    return "applied"


@app.route("/score")
def score():
    weight = request.headers.get("X-Weight", "1")
    # ruleid: python-code-injection
    return str(eval(f"{weight} * 10"))


@app.route("/upload-script", methods=["POST"])
def upload_script():
    src = request.files["script"].read().decode()
    # Compiling alone runs nothing (here: a syntax check of the upload).
    # ok: python-code-injection
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
    # ok: python-code-injection, python-eval-of-variable
    return str(func(a, b))


@app.route("/literal")
def parse_literal():
    raw = request.args.get("value")
    # ok: python-code-injection, python-eval-of-variable
    value = ast.literal_eval(raw)
    return str(value)


@app.route("/json", methods=["POST"])
def parse_json():
    # ok: python-code-injection, python-eval-of-variable
    return str(json.loads(request.data))


def constant():
    # ok: python-code-injection, python-eval-of-variable
    return eval("1 + 1")


def numeric():
    n = int(input("n: "))
    # ok: python-code-injection
    code = compile("x = %d" % n, "<n>", "exec")
    return code


def dataframe_query(df):
    expr = request.args.get("q")
    # ok: python-code-injection, python-eval-of-variable
    return df.eval(expr)


@app.route("/score-safe")
def score_safe():
    weight = float(request.headers.get("X-Weight", "1"))
    # ok: python-code-injection, python-eval-of-variable
    return str(weight * 10)


@app.route("/formula")
def formula():
    name = request.args.get("name", "area")
    expr = FORMULAS.get(name, "0")
    # Only the program's own formulas reach eval (still audited as dynamic eval).
    # ok: python-code-injection, python-eval-of-variable
    return str(eval(expr, {"__builtins__": {}}, {"w": 2, "h": 3}))


@app.route("/settings", methods=["POST"])
def settings():
    # ok: python-code-injection, python-eval-of-variable
    data = json.loads(request.get_data(as_text=True))
    return str(data.get("theme"))


# ---- rule pack v2: dynamic imports, template source, helpers, precision ----

import importlib  # noqa: E402

import jinja2  # noqa: E402


def evaluate(expression, variables):
    # ruleid: python-eval-of-variable
    return eval(expression, {"__builtins__": {}}, variables)


@app.route("/evaluate")
def evaluate_view():
    # ruleid: python-code-injection
    return str(evaluate(request.args["expr"], {"x": 1}))


@app.route("/plugin")
def plugin():
    # ruleid: python-code-injection
    module = importlib.import_module(request.args["module"])
    return module.__name__


@app.route("/greeting", methods=["POST"])
def greeting():
    env = jinja2.Environment()
    # Template source from the client: the template language evaluates expressions.
    # ruleid: python-code-injection
    return env.from_string(request.form["template"]).render(user="x")


def worker(queue):
    item = queue.blpop("jobs")
    # ruleid: python-code-injection, python-eval-of-variable
    exec(item[1].decode())


PRESET_EXPRESSIONS = ("1 + 1", "2 * 3")


def presets():
    # A value built only from literals is not code from outside.
    # ok: python-eval-of-variable
    return [eval(PRESET_EXPRESSIONS[0]), eval("3" + " * " + "4")]


@app.route("/literal")
def literal():
    # ok: python-code-injection
    return str(ast.literal_eval(request.args["value"]))


SANDBOX_ENABLED = False


@app.route("/sandbox")
def sandbox():
    snippet = request.args["snippet"]
    if SANDBOX_ENABLED:
        # A branch whose condition is a constant false never runs.
        # ok: python-code-injection
        exec(snippet)
    return "disabled"
