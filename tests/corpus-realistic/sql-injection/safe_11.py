# corpus: cwe=89 label=safe
"""Nightly maintenance: vacuum, row counts and a retention sweep."""
import argparse
import logging
import sqlite3
import sys
from datetime import datetime, timedelta, timezone

log = logging.getLogger("maintenance")

TABLES = ("users", "sessions", "audit_log", "uploads")
RETENTION = {
    "sessions": ("expires_at", 7),
    "audit_log": ("created_at", 365),
}


def table_counts(conn):
    counts = {}
    for table in TABLES:
        (counts[table],) = conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()
    return counts


def sweep(conn, now, dry_run=False):
    removed = {}
    for table, (column, days) in RETENTION.items():
        cutoff = (now - timedelta(days=days)).isoformat()
        if dry_run:
            sql = "SELECT COUNT(*) FROM %s WHERE %s < ?" % (table, column)
            (removed[table],) = conn.execute(sql, (cutoff,)).fetchone()
        else:
            sql = "DELETE FROM %s WHERE %s < ?" % (table, column)
            removed[table] = conn.execute(sql, (cutoff,)).rowcount
    return removed


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("database")
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("--vacuum", action="store_true")
    args = parser.parse_args(argv)

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    conn = sqlite3.connect(args.database)
    try:
        for table, count in table_counts(conn).items():
            log.info("%-12s %8d rows", table, count)
        with conn:
            removed = sweep(conn, datetime.now(timezone.utc), dry_run=args.dry_run)
        for table, n in removed.items():
            log.info("%s: %s %d rows", table, "would remove" if args.dry_run else "removed", n)
        if args.vacuum and not args.dry_run:
            conn.execute("VACUUM")
    finally:
        conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
