# corpus: cwe=798 label=vulnerable
"""Nightly load of the sales mart from the operational database."""
import logging
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import List

import psycopg2

log = logging.getLogger("sales-mart-loader")


@dataclass
class WarehouseConfig:
    host: str = "warehouse.internal"
    port: int = 5432
    dbname: str = "analytics"
    user: str = "etl_loader"
    password: str = "pgL0ader#7Qx2vR9m"
    schemas: List[str] = field(default_factory=lambda: ["staging", "mart"])

    def dsn(self):
        return "host={} port={} dbname={} user={} password={}".format(
            self.host, self.port, self.dbname, self.user, self.password
        )


@dataclass
class LoadWindow:
    start: date
    end: date

    @classmethod
    def yesterday(cls):
        today = date.today()
        return cls(today - timedelta(days=1), today)


def copy_sales(conn, window):
    with conn.cursor() as cur:
        cur.execute(
            "INSERT INTO mart.daily_sales (day, store_id, revenue, orders) "
            "SELECT date_trunc('day', created_at), store_id, sum(total), count(*) "
            "FROM staging.orders WHERE created_at >= %s AND created_at < %s "
            "GROUP BY 1, 2 ON CONFLICT (day, store_id) DO UPDATE "
            "SET revenue = EXCLUDED.revenue, orders = EXCLUDED.orders",
            (window.start, window.end),
        )
        return cur.rowcount


def main(config=None):
    config = config or WarehouseConfig()
    window = LoadWindow.yesterday()
    with psycopg2.connect(config.dsn()) as conn:
        rows = copy_sales(conn, window)
    log.info("loaded %d rows for %s", rows, window.start)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
