# corpus: cwe=94 label=safe
import ast
import tokenize
from io import BytesIO

from flask import Blueprint, jsonify, request

lint_bp = Blueprint("lint", __name__, url_prefix="/lint")

MAX_SOURCE = 200_000


def syntax_check(source, filename="<submission>"):
    try:
        compile(source, filename, "exec", flags=ast.PyCF_ONLY_AST, dont_inherit=True)
    except SyntaxError as exc:
        return {"line": exc.lineno, "col": exc.offset, "message": exc.msg}
    return None


def long_lines(source, limit=100):
    return [i for i, line in enumerate(source.splitlines(), 1) if len(line) > limit]


def todo_comments(source):
    found = []
    for tok in tokenize.tokenize(BytesIO(source.encode()).readline):
        if tok.type == tokenize.COMMENT and "TODO" in tok.string:
            found.append(tok.start[0])
    return found


def summary(tree):
    return {
        "functions": sum(isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) for n in ast.walk(tree)),
        "classes": sum(isinstance(n, ast.ClassDef) for n in ast.walk(tree)),
        "imports": sorted({a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}),
    }


@lint_bp.route("/check", methods=["POST"])
def check():
    source = request.get_data(as_text=True)
    if len(source) > MAX_SOURCE:
        return jsonify(error="source too large"), 413
    error = syntax_check(source)
    if error:
        return jsonify(ok=False, syntax_error=error)
    return jsonify(
        ok=True,
        summary=summary(ast.parse(source)),
        long_lines=long_lines(source, limit=int(request.args.get("max_line", 100))),
        todos=todo_comments(source),
    )
