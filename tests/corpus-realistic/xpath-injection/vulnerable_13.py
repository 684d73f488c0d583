# corpus: cwe=643 label=vulnerable
"""Routes inbound EDI order messages to the warehouse that stocks each item."""
import json
import logging
import os

from kafka import KafkaConsumer, KafkaProducer
from lxml import etree

log = logging.getLogger("edi-router")

WAREHOUSES_XML = os.environ.get("WAREHOUSES_XML", "/srv/edi/warehouses.xml")


class WarehouseDirectory:
    def __init__(self, path):
        self.doc = etree.parse(path)

    def stocking(self, sku, region):
        parts = ["/warehouses/warehouse", "[@region='", region, "']", "[stock/item/@sku='", sku, "']/@code"]
        return [str(code) for code in self.doc.xpath("".join(parts))]


def route(directory, order):
    region = order.get("shipTo", {}).get("region", "EU")
    plan = {}
    for line in order["lines"]:
        candidates = directory.stocking(line["sku"], region)
        target = candidates[0] if candidates else "BACKORDER"
        plan.setdefault(target, []).append(line)
    return plan


def main():
    logging.basicConfig(level=logging.INFO)
    servers = os.environ.get("KAFKA_BOOTSTRAP", "localhost:9092")
    consumer = KafkaConsumer("edi.orders", bootstrap_servers=servers, group_id="edi-router")
    producer = KafkaProducer(bootstrap_servers=servers, value_serializer=lambda v: json.dumps(v).encode())
    directory = WarehouseDirectory(WAREHOUSES_XML)
    for record in consumer:
        try:
            order = json.loads(record.value)
            for warehouse, lines in route(directory, order).items():
                producer.send("warehouse." + warehouse, {"order": order["id"], "lines": lines})
        except (KeyError, ValueError):
            log.exception("cannot route record at offset %d", record.offset)


if __name__ == "__main__":
    main()
