# corpus: cwe=798 label=safe
"""Nightly load of the sales mart from the operational database."""
import logging
import os
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import List, Optional

import psycopg2

log = logging.getLogger("sales-mart-loader")


@dataclass
class WarehouseConfig:
    host: str = "warehouse.internal"
    port: int = 5432
    dbname: str = "analytics"
    user: str = "etl_loader"
    password: Optional[str] = None
    passfile: str = "~/.pgpass"
    schemas: List[str] = field(default_factory=lambda: ["staging", "mart"])

    @classmethod
    def from_env(cls):
        return cls(
            host=os.getenv("WAREHOUSE_HOST", cls.host),
            user=os.getenv("WAREHOUSE_USER", cls.user),
            password=os.getenv("WAREHOUSE_PASSWORD"),
        )

    def connect_kwargs(self):
        kwargs = {"host": self.host, "port": self.port, "dbname": self.dbname, "user": self.user}
        if self.password:
            kwargs["password"] = self.password
        else:
            kwargs["passfile"] = os.path.expanduser(self.passfile)
        return kwargs


def copy_sales(conn, start, end):
    with conn.cursor() as cur:
        cur.execute(
            "INSERT INTO mart.daily_sales (day, store_id, revenue, orders) "
            "SELECT date_trunc('day', created_at), store_id, sum(total), count(*) "
            "FROM staging.orders WHERE created_at >= %s AND created_at < %s "
            "GROUP BY 1, 2 ON CONFLICT (day, store_id) DO UPDATE "
            "SET revenue = EXCLUDED.revenue, orders = EXCLUDED.orders",
            (start, end),
        )
        return cur.rowcount


def main():
    config = WarehouseConfig.from_env()
    end = date.today()
    start = end - timedelta(days=1)
    with psycopg2.connect(**config.connect_kwargs()) as conn:
        rows = copy_sales(conn, start, end)
    log.info("loaded %d rows for %s", rows, start)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
