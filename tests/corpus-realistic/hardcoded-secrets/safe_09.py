# corpus: cwe=798 label=safe
#!/usr/bin/env python3
"""Export the monthly invoice list from the billing API to CSV."""
import argparse
import configparser
import csv
import os
import stat
import sys

import requests

DEFAULT_CONFIG = os.path.expanduser("~/.config/billing-export/credentials.ini")


def load_credentials(path):
    mode = os.stat(path).st_mode
    if mode & (stat.S_IRGRP | stat.S_IROTH):
        raise SystemExit(f"{path} must not be readable by group/others (chmod 600)")
    parser = configparser.ConfigParser()
    parser.read(path)
    section = parser["billing"]
    return section["base_url"], section["api_token"]


def invoices(base_url, token, month):
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    url = f"{base_url.rstrip('/')}/invoices"
    params = {"month": month, "page": 1}
    while True:
        resp = session.get(url, params=params, timeout=30)
        resp.raise_for_status()
        data = resp.json()
        yield from data["items"]
        if not data.get("next_page"):
            break
        params["page"] = data["next_page"]


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("month", help="YYYY-MM")
    ap.add_argument("--config", default=os.environ.get("BILLING_EXPORT_CONFIG", DEFAULT_CONFIG))
    args = ap.parse_args()

    base_url, token = load_credentials(args.config)
    writer = csv.writer(sys.stdout)
    writer.writerow(["number", "customer", "total", "status"])
    for inv in invoices(base_url, token, args.month):
        writer.writerow([inv["number"], inv["customer"]["name"], inv["total"], inv["status"]])
    return 0


if __name__ == "__main__":
    sys.exit(main())
