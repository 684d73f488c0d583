# corpus: cwe=295 label=safe
"""Sync open tickets from the internal helpdesk into a local SQLite mirror."""
import argparse
import logging
import os
import sqlite3

import requests

log = logging.getLogger("helpdesk-sync")

CORPORATE_CA_BUNDLE = "/etc/ssl/certs/corp-root-ca.pem"


def make_session(token, ca_bundle=CORPORATE_CA_BUNDLE):
    session = requests.Session()
    session.headers.update({"Authorization": "Token " + token, "Accept": "application/json"})
    session.verify = ca_bundle
    return session


def iter_tickets(session, base_url, page_size=100):
    url = base_url.rstrip("/") + "/api/tickets/"
    params = {"status": "open", "page_size": page_size}
    while url:
        resp = session.get(url, params=params, timeout=30)
        resp.raise_for_status()
        data = resp.json()
        yield from data["results"]
        url, params = data.get("next"), None


def store(db, tickets):
    db.execute("CREATE TABLE IF NOT EXISTS tickets (id INTEGER PRIMARY KEY, subject TEXT, updated TEXT)")
    db.executemany(
        "INSERT OR REPLACE INTO tickets (id, subject, updated) VALUES (?, ?, ?)",
        [(t["id"], t["subject"], t["updated_at"]) for t in tickets],
    )
    db.commit()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base-url", default=os.environ.get("HELPDESK_URL", "https://helpdesk.corp.local"))
    parser.add_argument("--ca-bundle", default=os.environ.get("HELPDESK_CA_BUNDLE", CORPORATE_CA_BUNDLE))
    parser.add_argument("--db", default="tickets.sqlite3")
    args = parser.parse_args()

    session = make_session(os.environ["HELPDESK_TOKEN"], ca_bundle=args.ca_bundle)
    tickets = list(iter_tickets(session, args.base_url))
    with sqlite3.connect(args.db) as db:
        store(db, tickets)
    log.info("mirrored %d tickets", len(tickets))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
