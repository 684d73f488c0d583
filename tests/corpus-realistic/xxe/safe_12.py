# corpus: cwe=611 label=safe
"""Kafka consumer that ingests shipment status events from carrier partners."""
import json
import logging
import os

from defusedxml.ElementTree import fromstring as parse_xml
from defusedxml.ElementTree import ParseError
from defusedxml.common import DefusedXmlException
from kafka import KafkaConsumer

log = logging.getLogger("carrier-events")

TOPIC = os.environ.get("CARRIER_TOPIC", "carrier.status.xml")
BROKERS = os.environ.get("KAFKA_BROKERS", "localhost:9092").split(",")


class CarrierEventParser:
    fields = {
        "tracking": "TrackingNumber",
        "status": "Status/Code",
        "location": "Status/Location",
        "timestamp": "Status/Timestamp",
    }

    def parse(self, payload: bytes) -> dict:
        root = parse_xml(payload)
        return {
            key: (root.findtext(path) or "").strip() for key, path in self.fields.items()
        }


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
            except (ParseError, DefusedXmlException) as exc:
                log.warning("dropping event at offset %s: %s", message.offset, exc)
                continue
            event["partner"] = (message.key or b"").decode("utf-8", "replace")
            out.write(json.dumps(event) + "\n")
            out.flush()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
