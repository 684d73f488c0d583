# corpus: cwe=89 label=vulnerable
"""Export order history for a customer to CSV."""
import argparse
import logging
import os
import sys

import pandas as pd
from sqlalchemy import create_engine

log = logging.getLogger("export_orders")

BASE_QUERY = (
    "SELECT o.id, o.created_at, o.total, c.email "
    "FROM orders o JOIN customers c ON c.id = o.customer_id "
)


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("email", help="customer email address")
    parser.add_argument("--since", default="2020-01-01")
    parser.add_argument("--out", default="orders.csv")
    parser.add_argument("--dsn", default=os.environ.get("REPORTING_DSN", "sqlite:///reporting.db"))
    return parser.parse_args(argv)


def build_query(email, since):
    where = "WHERE c.email = '" + email.lower() + "' AND o.created_at >= '" + since + "'"
    return BASE_QUERY + where + " ORDER BY o.created_at"


def export(engine, email, since, out_path):
    frame = pd.read_sql(build_query(email, since), engine)
    if frame.empty:
        log.warning("no orders found for %s", email)
        return 0
    frame.to_csv(out_path, index=False)
    return len(frame)


def main(argv=None):
    logging.basicConfig(level=logging.INFO)
    args = parse_args(argv if argv is not None else sys.argv[1:])
    engine = create_engine(args.dsn)
    written = export(engine, args.email, args.since, args.out)
    log.info("wrote %d rows to %s", written, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
