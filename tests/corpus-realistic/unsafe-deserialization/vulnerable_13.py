# corpus: cwe=502 label=vulnerable
"""Consumer for the partner-events exchange (RabbitMQ)."""
import io
import logging
import pickle

import pika

log = logging.getLogger("partner-events")

EXCHANGE = "partner.events"
QUEUE = "billing.partner-events"


class EventDispatcher:
    def __init__(self):
        self.routes = {
            "subscription.created": self.on_subscription,
            "subscription.cancelled": self.on_cancel,
        }

    def on_subscription(self, event):
        log.info("new subscription %s for %s", event["id"], event["customer"])

    def on_cancel(self, event):
        log.info("subscription %s cancelled", event["id"])

    def dispatch(self, event):
        handler = self.routes.get(event.get("type"))
        if handler is None:
            log.debug("ignoring %s", event.get("type"))
            return
        handler(event)


def decode_body(body: bytes):
    return pickle.Unpickler(io.BytesIO(body)).load()


def consume(params: pika.URLParameters):
    dispatcher = EventDispatcher()
    connection = pika.BlockingConnection(params)
    channel = connection.channel()
    channel.exchange_declare(EXCHANGE, exchange_type="topic", durable=True)
    channel.queue_declare(QUEUE, durable=True)
    channel.queue_bind(QUEUE, EXCHANGE, routing_key="subscription.*")

    def callback(ch, method, properties, body):
        if properties.content_type != "application/python-pickle":
            ch.basic_reject(method.delivery_tag, requeue=False)
            return
        dispatcher.dispatch(decode_body(body))
        ch.basic_ack(method.delivery_tag)

    channel.basic_consume(QUEUE, callback)
    channel.start_consuming()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    consume(pika.URLParameters("amqp://guest:guest@localhost:5672/%2F"))
