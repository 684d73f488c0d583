# corpus: cwe=377 label=safe
"""Consumer that materialises price feeds into per-market JSON snapshots."""
import json
import logging
import os
import tempfile
from dataclasses import dataclass, field

from kafka import KafkaConsumer

log = logging.getLogger("price-snapshots")

MARKETS = {"eu": "prices-eu.json", "us": "prices-us.json", "apac": "prices-apac.json"}


@dataclass
class SnapshotWriter:
    output_dir: str
    prices: dict = field(default_factory=dict)

    def update(self, market, sku, price):
        self.prices.setdefault(market, {})[sku] = price

    def flush(self, market):
        filename = MARKETS.get(market)
        if filename is None:
            return None
        target = os.path.join(self.output_dir, filename)
        with tempfile.NamedTemporaryFile(
            "w", dir=self.output_dir, prefix=".snap-", suffix=".json", delete=False, encoding="utf-8"
        ) as tmp:
            json.dump(self.prices.get(market, {}), tmp, sort_keys=True)
        os.replace(tmp.name, target)
        return target


def consume(writer, consumer, flush_every=500):
    seen = 0
    for message in consumer:
        event = json.loads(message.value)
        market = event.get("market", "").lower()
        if market not in MARKETS:
            continue
        writer.update(market, event["sku"], event["price"])
        seen += 1
        if seen % flush_every == 0:
            for name in MARKETS:
                writer.flush(name)
            log.info("flushed snapshots after %d events", seen)


def main():
    out = os.environ.get("SNAPSHOT_DIR", os.path.join(os.getcwd(), "snapshots"))
    os.makedirs(out, exist_ok=True)
    consumer = KafkaConsumer("price-updates", bootstrap_servers=os.environ["KAFKA_BROKERS"].split(","))
    consume(SnapshotWriter(output_dir=out), consumer)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
