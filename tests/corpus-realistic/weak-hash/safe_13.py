# corpus: cwe=328 label=safe
"""Routes click events to partitions so each user's events stay ordered."""
import hashlib
import json
import logging
import os

from kafka import KafkaConsumer, KafkaProducer

log = logging.getLogger("event-router")

PARTITIONS = int(os.environ.get("EVENT_PARTITIONS", "24"))


def partition_for(user_id: str, partitions: int = PARTITIONS) -> int:
    digest = hashlib.sha1(user_id.encode("utf-8"), usedforsecurity=False).digest()
    return int.from_bytes(digest[:4], "big") % partitions


class EventRouter:
    def __init__(self, producer, topic="clicks.partitioned"):
        self.producer = producer
        self.topic = topic
        self.routed = 0

    def route(self, event: dict) -> int:
        user = str(event.get("user_id") or event.get("anonymous_id") or "unknown")
        partition = partition_for(user)
        self.producer.send(self.topic, value=event, partition=partition)
        self.routed += 1
        return partition


def main():
    brokers = os.environ["KAFKA_BROKERS"].split(",")
    consumer = KafkaConsumer(
        "clicks.raw",
        bootstrap_servers=brokers,
        group_id="event-router",
        value_deserializer=lambda b: json.loads(b),
    )
    producer = KafkaProducer(
        bootstrap_servers=brokers,
        value_serializer=lambda v: json.dumps(v).encode("utf-8"),
    )
    router = EventRouter(producer)
    for record in consumer:
        router.route(record.value)
        if router.routed % 10_000 == 0:
            log.info("routed %d events", router.routed)


if __name__ == "__main__":
    main()
