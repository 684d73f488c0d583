# corpus: cwe=22 label=safe
import os

from flask import Flask, abort, request, send_file

app = Flask(__name__)
INVOICE_ROOT = os.path.realpath("/srv/billing/invoices")


@app.route("/invoice")
def invoice():
    requested = request.args.get("file", "")
    candidate = os.path.realpath(os.path.join(INVOICE_ROOT, requested))
    if os.path.commonpath([INVOICE_ROOT, candidate]) != INVOICE_ROOT:
        abort(403)
    return send_file(candidate)
