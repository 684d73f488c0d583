# corpus: cwe=489 label=safe
"""Label printing service launcher."""
import argparse
import os
import sys

from flask import Flask, jsonify, request

from .printers import PrinterPool

DEBUG = False

app = Flask(__name__)
pool = PrinterPool.from_env()


@app.route("/labels", methods=["POST"])
def print_label():
    body = request.get_json(silent=True) or {}
    lines = [str(line)[:40] for line in body.get("lines", [])][:6]
    if not lines:
        return jsonify({"error": "no lines"}), 400
    printer = pool.acquire(body.get("printer"))
    job_id = printer.submit(lines, copies=max(1, min(int(body.get("copies", 1)), 20)))
    return jsonify({"job": job_id, "printer": printer.name}), 202


def wsgi_app():
    if DEBUG:
        from werkzeug.debug import DebuggedApplication

        return DebuggedApplication(app, evalex=True)
    return app


def main(argv=None):
    parser = argparse.ArgumentParser(description="label printing service")
    parser.add_argument("--port", type=int, default=int(os.environ.get("LABELS_PORT", "8150")))
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    app.run(host="127.0.0.1", port=args.port, debug=DEBUG, threaded=True)


if __name__ == "__main__":
    main()
