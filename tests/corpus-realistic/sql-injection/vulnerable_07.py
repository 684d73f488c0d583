# corpus: cwe=89 label=vulnerable
"""Consumes metric batches from a Redis list and stores them in Postgres."""
import json
import logging
import os
import time
from dataclasses import dataclass, field
from typing import List, Tuple

import psycopg2
import redis

log = logging.getLogger("metrics-ingest")

QUEUE_KEY = "metrics:batches"


@dataclass
class MetricBatch:
    source: str
    series: str
    points: List[Tuple[int, float]] = field(default_factory=list)

    @classmethod
    def from_message(cls, raw: bytes) -> "MetricBatch":
        body = json.loads(raw)
        return cls(
            source=body["source"],
            series=body.get("series", "default"),
            points=[(int(ts), float(v)) for ts, v in body.get("points", [])],
        )


class MetricStore:
    def __init__(self, dsn: str):
        self.conn = psycopg2.connect(dsn)

    def write(self, batch: MetricBatch) -> int:
        insert = (
            "INSERT INTO metric_points (source, series, ts, value) "
            "VALUES ('" + batch.source + "', '" + batch.series + "', %s, %s)"
        )
        with self.conn.cursor() as cur:
            cur.executemany(insert, batch.points)
        self.conn.commit()
        return len(batch.points)


def run(store: MetricStore, client: redis.Redis, idle_sleep: float = 0.5) -> None:
    while True:
        item = client.lpop(QUEUE_KEY)
        if item is None:
            time.sleep(idle_sleep)
            continue
        try:
            batch = MetricBatch.from_message(item)
        except (ValueError, KeyError) as exc:
            log.warning("dropping malformed batch: %s", exc)
            continue
        written = store.write(batch)
        log.debug("stored %d points for %s/%s", written, batch.source, batch.series)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run(
        MetricStore(os.environ["METRICS_DSN"]),
        redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0")),
    )
