# corpus: cwe=611 label=safe
"""Generates the nightly sales summary as an XML report for the finance team."""
import argparse
import datetime as dt
import sqlite3
import sys
from xml.dom import minidom

REPORT_TEMPLATE = """<?xml version="1.0" encoding="UTF-8"?>
<report generator="sales-summary" version="3">
  <period/>
  <totals/>
</report>"""


def fetch_totals(db_path, day):
    with sqlite3.connect(db_path) as conn:
        cur = conn.execute(
            "SELECT region, SUM(amount_cents), COUNT(*) FROM orders "
            "WHERE date(created_at) = ? GROUP BY region ORDER BY region",
            (day.isoformat(),),
        )
        return cur.fetchall()


def build_report(day, rows):
    doc = minidom.parseString(REPORT_TEMPLATE)
    period = doc.getElementsByTagName("period")[0]
    period.setAttribute("date", day.isoformat())
    totals = doc.getElementsByTagName("totals")[0]
    for region, cents, count in rows:
        node = doc.createElement("region")
        node.setAttribute("name", region)
        node.setAttribute("orders", str(count))
        node.appendChild(doc.createTextNode("%.2f" % ((cents or 0) / 100)))
        totals.appendChild(node)
    return doc.toprettyxml(indent="  ", encoding="utf-8")


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="/var/lib/shop/orders.sqlite3")
    ap.add_argument("--date", type=dt.date.fromisoformat,
                    default=dt.date.today() - dt.timedelta(days=1))
    ap.add_argument("--out", type=argparse.FileType("wb"), default=sys.stdout.buffer)
    args = ap.parse_args(argv)

    rows = fetch_totals(args.db, args.date)
    args.out.write(build_report(args.date, rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
