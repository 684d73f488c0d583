# corpus: cwe=377 label=vulnerable
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
    conn = sqlite3.connect(db_path)
    try:
        cur = conn.execute(
            "SELECT number, customer, amount, due_date FROM invoices WHERE status = ? AND issued >= ?",
            ("open", since),
        )
        return cur.fetchall()
    finally:
        conn.close()


def write_csv(rows):
    path = tempfile.mktemp(suffix=".csv", prefix="invoices-")
    with open(path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    return path


def upload(path, target_dir):
    os.makedirs(target_dir, exist_ok=True)
    dest = os.path.join(target_dir, "invoices.csv")
    shutil.copyfile(path, dest)
    log.info("copied export to %s", dest)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", default="billing.sqlite3")
    parser.add_argument("--since", required=True, help="ISO date")
    parser.add_argument("--target", default="/mnt/accounting/inbound")
    args = parser.parse_args(argv)

    rows = fetch_open_invoices(args.db, args.since)
    log.info("exporting %d invoices", len(rows))
    path = write_csv(rows)
    try:
        upload(path, args.target)
    finally:
        os.unlink(path)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
