# corpus: cwe=611 label=vulnerable
"""Kafka consumer that ingests shipment status events from carrier partners."""
import json
import logging
import os

from kafka import KafkaConsumer
from lxml import etree

log = logging.getLogger("carrier-events")

TOPIC = os.environ.get("CARRIER_TOPIC", "carrier.status.xml")
BROKERS = os.environ.get("KAFKA_BROKERS", "localhost:9092").split(",")


class CarrierEventParser:
    def __init__(self):
        self._parser = etree.XMLParser(
            resolve_entities=True,
            huge_tree=True,
            recover=True,
        )

    def parse(self, payload: bytes) -> dict:
        root = etree.XML(payload, self._parser)
        return {
            "tracking": root.findtext("TrackingNumber", default="").strip(),
            "status": root.findtext("Status/Code", default="UNKNOWN"),
            "location": root.findtext("Status/Location", default=""),
            "timestamp": root.findtext("Status/Timestamp", default=""),
        }


def publish_update(event: dict, out):
    out.write(json.dumps(event) + "\n")
    out.flush()


def run(out_path="/var/spool/shipments/updates.jsonl"):
    consumer = KafkaConsumer(
        TOPIC,
        bootstrap_servers=BROKERS,
        group_id="shipment-tracker",
        enable_auto_commit=True,
    )
    parser = CarrierEventParser()
    with open(out_path, "a", encoding="utf-8") as out:
        for message in consumer:
            try:
                event = parser.parse(message.value)
            except etree.XMLSyntaxError:
                log.warning("dropping malformed event at offset %s", message.offset)
                continue
            event["partner"] = (message.key or b"").decode("utf-8", "replace")
            publish_update(event, out)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
