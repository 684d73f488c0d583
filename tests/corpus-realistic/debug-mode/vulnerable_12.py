# corpus: cwe=489 label=vulnerable
"""Command-line launcher for the label printing service."""
import argparse
import os
import sys

from flask import Flask, jsonify, request

from .printers import PrinterPool

RUN_OPTIONS = {
    "host": "127.0.0.1",
    "port": 8150,
    "debug": True,
    "threaded": True,
}

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


@app.route("/printers")
def printers():
    return jsonify([{"name": p.name, "online": p.online} for p in pool.all()])


def parse_args(argv):
    parser = argparse.ArgumentParser(description="label printing service")
    parser.add_argument("--port", type=int, default=int(os.environ.get("LABELS_PORT", RUN_OPTIONS["port"])))
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    options = dict(RUN_OPTIONS, port=args.port)
    app.run(**options)


if __name__ == "__main__":
    main()
