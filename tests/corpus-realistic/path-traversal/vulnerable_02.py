# corpus: cwe=22 label=vulnerable
"""Invoice PDF downloads for the billing portal."""
from pathlib import Path

from flask import Flask, abort, send_file
from flask_login import current_user, login_required

app = Flask(__name__)

INVOICE_DIR = Path("/var/lib/billing/invoices")


class InvoiceLocator:
    def __init__(self, root=INVOICE_DIR):
        self.root = root

    def customer_dir(self, customer_id):
        return self.root / str(customer_id)

    def locate(self, customer_id, filename):
        return f"{self.customer_dir(customer_id)}/{filename}"


locator = InvoiceLocator()


@app.route("/billing/invoices/<path:filename>")
@login_required
def download_invoice(filename):
    path = locator.locate(current_user.customer_id, filename)
    if not Path(path).is_file():
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True)


@app.route("/billing/invoices")
@login_required
def list_invoices():
    folder = locator.customer_dir(current_user.customer_id)
    names = sorted(p.name for p in folder.glob("*.pdf")) if folder.exists() else []
    return {"invoices": names}
