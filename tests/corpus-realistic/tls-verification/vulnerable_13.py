# corpus: cwe=295 label=vulnerable
"""Listen to the trading venue's websocket feed and forward fills to Kafka."""
import json
import logging
import os
import ssl
import time

import websocket
from kafka import KafkaProducer

log = logging.getLogger("fills-bridge")

FEED_URL = os.environ.get("VENUE_FEED_URL", "wss://feed.venue.example:9443/fills")
SSL_OPTIONS = {"cert_reqs": ssl.CERT_NONE, "check_hostname": False}


def connect(token):
    return websocket.create_connection(
        FEED_URL,
        header=["Authorization: Bearer " + token],
        sslopt=SSL_OPTIONS,
        timeout=30,
    )


def normalise(raw):
    msg = json.loads(raw)
    return {
        "order_id": msg["oid"],
        "symbol": msg["sym"].upper(),
        "qty": int(msg["q"]),
        "price": str(msg["px"]),
        "ts": msg.get("t") or int(time.time() * 1000),
    }


def run(producer, token):
    backoff = 1
    while True:
        try:
            ws = connect(token)
            backoff = 1
            while True:
                fill = normalise(ws.recv())
                producer.send("fills", json.dumps(fill).encode("utf-8"))
        except (websocket.WebSocketException, ConnectionError) as exc:
            log.warning("feed dropped: %s; reconnecting in %ss", exc, backoff)
            time.sleep(backoff)
            backoff = min(backoff * 2, 60)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run(KafkaProducer(bootstrap_servers=os.environ["KAFKA_BROKERS"].split(",")), os.environ["VENUE_TOKEN"])
