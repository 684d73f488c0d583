# corpus: cwe=94 label=vulnerable
import contextlib
import io
import time

from flask import Blueprint, jsonify, request
from flask_login import login_required

notebook_bp = Blueprint("notebook", __name__, url_prefix="/notebook")


class CellResult:
    def __init__(self):
        self.stdout = ""
        self.error = None
        self.elapsed = 0.0

    def to_dict(self):
        return {"stdout": self.stdout, "error": self.error, "elapsed_ms": round(self.elapsed * 1000, 1)}


def run_snippet(source, namespace=None):
    result = CellResult()
    buffer = io.StringIO()
    started = time.perf_counter()
    try:
        with contextlib.redirect_stdout(buffer):
            exec(source, namespace if namespace is not None else {})
    except Exception as exc:
        result.error = f"{type(exc).__name__}: {exc}"
    result.elapsed = time.perf_counter() - started
    result.stdout = buffer.getvalue()[-10_000:]
    return result


@notebook_bp.route("/cells/run", methods=["POST"])
@login_required
def run_cell():
    cell = request.form.get("source", "")
    if len(cell) > 20_000:
        return jsonify(error="cell too large"), 413
    return jsonify(run_snippet(cell.rstrip() + "\n").to_dict())
