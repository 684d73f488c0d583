# corpus: cwe=327 label=vulnerable
"""Shareable download tokens for invoice PDFs in customer e-mails."""
import os
import time

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from flask import Blueprint, abort, jsonify, url_for

from .models import Invoice

invoices = Blueprint("invoices", __name__)

_TOKEN_KEY = bytes.fromhex(os.environ["INVOICE_TOKEN_KEY"])
TOKEN_TTL = 14 * 86400


def _cipher():
    return Cipher(algorithms.AES(_TOKEN_KEY), modes.ECB())


def _fields_to_block(*fields):
    return "".join("%016d" % f for f in fields).encode("ascii")


def make_token(customer_id: int, invoice_id: int, ttl: int = TOKEN_TTL) -> str:
    plain = _fields_to_block(customer_id, invoice_id, int(time.time()) + ttl)
    enc = _cipher().encryptor()
    return (enc.update(plain) + enc.finalize()).hex()


def read_token(token: str):
    try:
        raw = bytes.fromhex(token)
    except ValueError:
        abort(404)
    if len(raw) != 48:
        abort(404)
    dec = _cipher().decryptor()
    plain = (dec.update(raw) + dec.finalize()).decode("ascii", "replace")
    parts = [plain[i:i + 16] for i in range(0, 48, 16)]
    if not all(p.isdigit() for p in parts):
        abort(404)
    customer_id, invoice_id, expires = (int(p) for p in parts)
    if expires < time.time():
        abort(410)
    return customer_id, invoice_id


def email_links(invoice):
    token = make_token(invoice.customer_id, invoice.id)
    return {
        "number": invoice.number,
        "view": url_for("invoices.by_token", token=token, _external=True),
    }


@invoices.get("/i/<token>")
def by_token(token):
    customer_id, invoice_id = read_token(token)
    invoice = Invoice.query.filter_by(id=invoice_id, customer_id=customer_id).first_or_404()
    return jsonify(number=invoice.number, total=str(invoice.total), status=invoice.status)
