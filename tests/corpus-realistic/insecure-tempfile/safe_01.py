# corpus: cwe=377 label=safe
"""Export open invoices to CSV and copy them to the accounting share."""
import argparse
import csv
import logging
import os
import shutil
import sqlite3
import tempfile

log = logging.getLogger("export_invoices")

COLUMNS = ("number", "customer", "amount", "due_date")


def fetch_open_invoices(db_path, since):
    with sqlite3.connect(db_path) as conn:
        return conn.execute(
            "SELECT number, customer, amount, due_date FROM invoices WHERE status = ? AND issued >= ?",
            ("open", since),
        ).fetchall()


def write_csv(rows):
    fd, path = tempfile.mkstemp(suffix=".csv", prefix="invoices-")
    with os.fdopen(fd, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    return path


def publish(path, target_dir):
    os.makedirs(target_dir, exist_ok=True)
    dest = os.path.join(target_dir, "invoices.csv")
    shutil.copyfile(path, dest)
    return dest


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", default="billing.sqlite3")
    parser.add_argument("--since", required=True)
    parser.add_argument("--target", default="/mnt/accounting/inbound")
    args = parser.parse_args(argv)

    rows = fetch_open_invoices(args.db, args.since)
    path = write_csv(rows)
    try:
        log.info("published %d invoices to %s", len(rows), publish(path, args.target))
    finally:
        os.unlink(path)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
