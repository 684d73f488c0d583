# corpus: cwe=94 label=vulnerable
from datetime import datetime

from flask import Flask, jsonify, request
from jinja2 import Environment

app = Flask(__name__)
jinja = Environment(autoescape=True, trim_blocks=True)

DEFAULT_SUBJECT = "Your order {{ order.number }} has shipped"


class Order:
    def __init__(self, number, customer, total, shipped_at):
        self.number = number
        self.customer = customer
        self.total = total
        self.shipped_at = shipped_at


SAMPLE_ORDER = Order("A-1042", "Sam Example", "42.00", datetime(2024, 3, 1, 14, 30))


def render_preview(subject_tpl, body_tpl, order):
    ctx = {"order": order, "now": datetime.utcnow()}
    subject = jinja.from_string(subject_tpl).render(**ctx)
    body = jinja.from_string(body_tpl).render(**ctx)
    return subject, body


@app.route("/notifications/templates/preview", methods=["POST"])
def preview_template():
    data = request.get_json(silent=True) or {}
    subject_tpl = data.get("subject") or DEFAULT_SUBJECT
    body_tpl = data.get("body", "")
    try:
        subject, body = render_preview(subject_tpl, body_tpl, SAMPLE_ORDER)
    except Exception as exc:
        return jsonify(error=str(exc)), 422
    return jsonify(subject=subject, body=body)
