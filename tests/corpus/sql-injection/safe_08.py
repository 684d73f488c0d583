# corpus: cwe=89 label=safe
"""Print row counts for a known table: python count_rows.py users|orders"""
import sqlite3
import sys

TABLES = {"users": "users", "orders": "orders", "events": "events"}


def main():
    table = TABLES[sys.argv[1]]
    conn = sqlite3.connect("/var/lib/app/data.db")
    cur = conn.cursor()
    cur.execute("SELECT COUNT(*) FROM " + table)
    print(table, cur.fetchone()[0])


if __name__ == "__main__":
    main()
