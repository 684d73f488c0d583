# corpus: cwe=94 label=safe
"""ETL worker: applies per-feed transforms to records arriving on RabbitMQ."""
import json
import logging
import os

import pika

log = logging.getLogger("etl-worker")

QUEUE = "etl.records"

FIELD_TEMPLATE = '''
def transform(record):
    out = {}
    for src, dst in MAPPING.items():
        if src in record:
            out[dst] = record[src]
    return out
'''
_TEMPLATE_CODE = compile(FIELD_TEMPLATE, "<field-template>", "exec")
_cache = {}


def transform_for(feed):
    key = (feed["name"], json.dumps(feed.get("mapping", {}), sort_keys=True))
    if key not in _cache:
        mapping = {str(k): str(v) for k, v in feed.get("mapping", {}).items()}
        namespace = {"MAPPING": mapping}
        exec(_TEMPLATE_CODE, namespace)
        _cache[key] = namespace["transform"]
    return _cache[key]


def handle(body):
    message = json.loads(body)
    feed = message["feed"]
    transform = transform_for(feed)
    records = [transform(r) for r in message.get("records", [])]
    log.info("feed %s: transformed %d records", feed["name"], len(records))
    return records


def on_message(channel, method, _properties, body):
    try:
        handle(body)
    except Exception:
        log.exception("failed to process delivery %s", method.delivery_tag)
        channel.basic_nack(method.delivery_tag, requeue=False)
    else:
        channel.basic_ack(method.delivery_tag)


def main():
    logging.basicConfig(level=logging.INFO)
    connection = pika.BlockingConnection(pika.URLParameters(os.environ["AMQP_URL"]))
    channel = connection.channel()
    channel.queue_declare(queue=QUEUE, durable=True)
    channel.basic_consume(queue=QUEUE, on_message_callback=on_message)
    channel.start_consuming()


if __name__ == "__main__":
    main()
