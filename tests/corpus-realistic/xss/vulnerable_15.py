# corpus: cwe=79 label=vulnerable
"""Worker that renders and sends order-confirmation e-mails from queue messages."""
import json
import logging
import smtplib
from email.message import EmailMessage

from jinja2 import Environment, FileSystemLoader

log = logging.getLogger("mailer")

env = Environment(loader=FileSystemLoader("templates/email"))

SMTP_HOST = "localhost"
FROM_ADDR = "orders@shop.example"


def build_context(message):
    order = message["order"]
    return {
        "customer": order.get("customer_name", "customer"),
        "items": [(line["title"], line["qty"]) for line in order.get("lines", [])],
        "gift_note": order.get("gift_note", ""),
        "total": "%.2f" % (order.get("total_cents", 0) / 100),
    }


def render_email(ctx):
    template = env.get_template("order_confirmation.html")
    return template.render(**ctx)


def send(to_addr, subject, html):
    msg = EmailMessage()
    msg["From"] = FROM_ADDR
    msg["To"] = to_addr
    msg["Subject"] = subject
    msg.set_content("Please view this message in an HTML-capable client.")
    msg.add_alternative(html, subtype="html")
    with smtplib.SMTP(SMTP_HOST) as smtp:
        smtp.send_message(msg)


def handle(body: bytes):
    message = json.loads(body)
    ctx = build_context(message)
    html = render_email(ctx)
    send(message["order"]["email"], "Your order is confirmed", html)
    log.info("sent confirmation for order %s", message["order"].get("id"))


def consume(channel, queue="orders.confirmed"):
    for method, _props, body in channel.consume(queue):
        try:
            handle(body)
            channel.basic_ack(method.delivery_tag)
        except Exception:
            log.exception("failed to process message")
            channel.basic_nack(method.delivery_tag, requeue=False)
