# corpus: cwe=94 label=safe
from datetime import datetime

from flask import Flask, jsonify, request
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

app = Flask(__name__)
jinja = Environment(
    loader=PackageLoader("notifications", "templates"),
    autoescape=select_autoescape(["html", "txt"]),
    undefined=StrictUndefined,
)

TEMPLATES = {
    "shipped": ("shipped_subject.txt", "shipped_body.html"),
    "delayed": ("delayed_subject.txt", "delayed_body.html"),
    "refunded": ("refund_subject.txt", "refund_body.html"),
}


class Order:
    def __init__(self, number, customer, total, shipped_at):
        self.number = number
        self.customer = customer
        self.total = total
        self.shipped_at = shipped_at


def render_preview(kind, order, note=""):
    subject_name, body_name = TEMPLATES[kind]
    ctx = {"order": order, "note": note, "now": datetime.utcnow()}
    return jinja.get_template(subject_name).render(**ctx), jinja.get_template(body_name).render(**ctx)


@app.route("/notifications/templates/preview", methods=["POST"])
def preview_template():
    data = request.get_json(silent=True) or {}
    kind = data.get("kind", "shipped")
    if kind not in TEMPLATES:
        return jsonify(error="unknown template"), 404
    order = Order(
        data.get("number", "A-1042"),
        data.get("customer", "Sam Example"),
        data.get("total", "42.00"),
        datetime.utcnow(),
    )
    subject, body = render_preview(kind, order, note=data.get("note", ""))
    return jsonify(subject=subject, body=body)
