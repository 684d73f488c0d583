# corpus: cwe=489 label=safe
"""Worker that recalculates loyalty points from the order event stream."""
import argparse
import json
import logging
import os

from kafka import KafkaConsumer

log = logging.getLogger("loyalty-worker")

POINTS_PER_EURO = 10
DEBUG_SAMPLE_EVERY = 1000


def configure_logging(verbose):
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)-8s %(name)s %(message)s",
    )
    logging.getLogger("kafka").setLevel(logging.WARNING)


def points_for(event):
    if event.get("type") != "order.completed":
        return 0
    return int(float(event.get("total_eur", 0)) * POINTS_PER_EURO)


def process(consumer, ledger):
    for n, message in enumerate(consumer, start=1):
        event = json.loads(message.value)
        earned = points_for(event)
        if earned:
            ledger[event["customer_id"]] = ledger.get(event["customer_id"], 0) + earned
        if n % DEBUG_SAMPLE_EVERY == 0:
            log.debug("sample event %s -> %d points", event.get("id"), earned)
    return ledger


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("-v", "--verbose", action="store_true", help="log at DEBUG level")
    args = parser.parse_args()
    configure_logging(args.verbose or os.environ.get("LOG_LEVEL", "").upper() == "DEBUG")

    consumer = KafkaConsumer(
        "orders",
        bootstrap_servers=os.environ["KAFKA_BROKERS"].split(","),
        group_id="loyalty",
    )
    process(consumer, {})


if __name__ == "__main__":
    main()
