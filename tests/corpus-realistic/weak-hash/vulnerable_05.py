# corpus: cwe=328 label=vulnerable
"""Pushes shipment updates to the carrier API with signed requests."""
import hashlib
import json
import logging
import os
import time

import pika
import requests

log = logging.getLogger("carrier-sync")

CARRIER_URL = os.environ.get("CARRIER_URL", "https://api.carrier.example/v2/shipments")
PARTNER_ID = os.environ["CARRIER_PARTNER_ID"]
PARTNER_SECRET = os.environ["CARRIER_PARTNER_SECRET"]


def sign(secret, timestamp, body):
    material = "{}{}{}".format(secret, timestamp, body)
    return hashlib.sha1(material.encode("utf-8")).hexdigest()


def signed_headers(body):
    ts = str(int(time.time()))
    return {
        "Content-Type": "application/json",
        "X-Partner": PARTNER_ID,
        "X-Timestamp": ts,
        "X-Signature": sign(PARTNER_SECRET, ts, body),
    }


def push_update(session, update):
    body = json.dumps(update, sort_keys=True, separators=(",", ":"))
    resp = session.post(CARRIER_URL, data=body, headers=signed_headers(body), timeout=20)
    resp.raise_for_status()
    return resp.json()


def on_message(channel, method, _props, payload, session=None):
    session = session or requests.Session()
    try:
        update = json.loads(payload)
        result = push_update(session, update)
        log.info("shipment %s acknowledged: %s", update.get("shipment_id"), result.get("status"))
        channel.basic_ack(delivery_tag=method.delivery_tag)
    except (ValueError, requests.HTTPError):
        log.exception("could not push update")
        channel.basic_nack(delivery_tag=method.delivery_tag, requeue=False)


def main():
    params = pika.URLParameters(os.environ["AMQP_URL"])
    connection = pika.BlockingConnection(params)
    channel = connection.channel()
    channel.queue_declare(queue="shipment-updates", durable=True)
    channel.basic_consume(queue="shipment-updates", on_message_callback=on_message)
    channel.start_consuming()


if __name__ == "__main__":
    main()
