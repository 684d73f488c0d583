# corpus: cwe=643 label=safe
"""Routes inbound EDI order messages to the warehouse that stocks each item."""
import json
import logging
import os

from kafka import KafkaConsumer, KafkaProducer
from lxml import etree

log = logging.getLogger("edi-router")

WAREHOUSES_XML = os.environ.get("WAREHOUSES_XML", "/srv/edi/warehouses.xml")
REGIONS = ("EU", "NA", "APAC", "LATAM")


class WarehouseDirectory:
    def __init__(self, path):
        self.doc = etree.parse(path)

    def stocking(self, item_id, region_index):
        region = REGIONS[region_index]
        parts = ["/warehouses/warehouse", "[@region='", region, "']", "[stock/item/@id=", str(item_id), "]/@code"]
        return [str(code) for code in self.doc.xpath("".join(parts))]


def route(directory, order):
    region = order.get("shipTo", {}).get("region", "EU")
    region_index = REGIONS.index(region) if region in REGIONS else 0
    plan = {}
    for line in order["lines"]:
        candidates = directory.stocking(int(line["itemId"]), region_index)
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
