# corpus: cwe=611 label=safe
"""RabbitMQ worker that renders notification e-mails.

Messages arrive as JSON; the message templates themselves are XML files
shipped inside this package.
"""
import json
import logging
from importlib import resources
from string import Template

import pika
from lxml import etree

log = logging.getLogger("mailer")
_templates = {}


def template_for(kind):
    if kind not in _templates:
        ref = resources.files("mailer.templates").joinpath("%s.xml" % kind)
        with ref.open("rb") as fh:
            root = etree.parse(fh).getroot()
        _templates[kind] = {
            "subject": Template(root.findtext("subject", default="").strip()),
            "body": Template(root.findtext("body", default="").strip()),
        }
    return _templates[kind]


KNOWN_KINDS = {"welcome", "password_reset", "invoice_ready"}


def render(message):
    kind = message.get("kind")
    if kind not in KNOWN_KINDS:
        raise ValueError("unknown template %r" % kind)
    tpl = template_for(kind)
    params = {k: str(v) for k, v in message.get("params", {}).items()}
    return tpl["subject"].safe_substitute(params), tpl["body"].safe_substitute(params)


def on_message(channel, method, properties, body):
    try:
        message = json.loads(body)
        subject, text = render(message)
        log.info("rendered %s for %s: %s", message["kind"], message.get("to"), subject)
        channel.basic_ack(method.delivery_tag)
    except (ValueError, KeyError) as exc:
        log.warning("rejecting message: %s", exc)
        channel.basic_nack(method.delivery_tag, requeue=False)


def main():
    conn = pika.BlockingConnection(pika.ConnectionParameters("localhost"))
    channel = conn.channel()
    channel.queue_declare("notifications", durable=True)
    channel.basic_consume("notifications", on_message)
    channel.start_consuming()


if __name__ == "__main__":
    main()
