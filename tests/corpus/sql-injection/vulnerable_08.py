# corpus: cwe=89 label=vulnerable
"""Print row counts for a table: python count_rows.py TABLE"""
import sqlite3
import sys


def main():
    table = sys.argv[1]
    conn = sqlite3.connect("/var/lib/app/data.db")
    cur = conn.cursor()
    cur.execute("SELECT COUNT(*) FROM " + table)
    print(table, cur.fetchone()[0])


if __name__ == "__main__":
    main()
