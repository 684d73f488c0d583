# corpus: cwe=502 label=safe
"""Consumer for the partner-events exchange (RabbitMQ, MessagePack bodies)."""
import logging

import msgpack
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
        if handler is not None:
            handler(event)


def decode_body(body: bytes) -> dict:
    event = msgpack.unpackb(body, raw=False, use_list=True, strict_map_key=True)
    if not isinstance(event, dict):
        raise ValueError("event must be a map")
    return event


def consume(params):
    dispatcher = EventDispatcher()
    channel = pika.BlockingConnection(params).channel()
    channel.exchange_declare(EXCHANGE, exchange_type="topic", durable=True)
    channel.queue_declare(QUEUE, durable=True)
    channel.queue_bind(QUEUE, EXCHANGE, routing_key="subscription.*")

    def callback(ch, method, properties, body):
        try:
            dispatcher.dispatch(decode_body(body))
        except (ValueError, KeyError, msgpack.UnpackException) as exc:
            log.warning("rejecting message: %s", exc)
            ch.basic_reject(method.delivery_tag, requeue=False)
            return
        ch.basic_ack(method.delivery_tag)

    channel.basic_consume(QUEUE, callback)
    channel.start_consuming()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    consume(pika.URLParameters("amqp://localhost:5672/%2F"))
