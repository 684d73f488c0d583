# corpus: cwe=643 label=safe
"""Billing worker: answers balance queries that arrive on a Redis stream."""
import json
import logging
import os
import re

import redis
from lxml import etree

log = logging.getLogger("balance-worker")

LEDGER_XML = os.environ.get("LEDGER_XML", "/srv/billing/ledger.xml")
STREAM = "billing:balance-requests"
REPLIES = "billing:balance-replies"

ACCOUNT_ID = re.compile(r"ACC-[0-9]{8}")
CURRENCY = re.compile(r"[A-Z]{3}")
ENTRY_XPATH = "/ledger/account[@id='{account}']/entry[@currency='{currency}']"


class Ledger:
    def __init__(self, path):
        self.tree = etree.parse(path)

    def entries(self, account_id, currency="EUR"):
        if not ACCOUNT_ID.fullmatch(account_id) or not CURRENCY.fullmatch(currency):
            raise ValueError("malformed account or currency")
        return self.tree.xpath(ENTRY_XPATH.format(account=account_id, currency=currency))

    def balance(self, account_id, currency="EUR"):
        return round(sum(float(e.get("amount", "0")) for e in self.entries(account_id, currency)), 2)


def handle(ledger, fields):
    request = json.loads(fields[b"payload"])
    account = request["account"]
    currency = request.get("currency", "EUR").upper()
    return {"request_id": request.get("id"), "account": account, "balance": ledger.balance(account, currency)}


def main():
    logging.basicConfig(level=logging.INFO)
    client = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))
    ledger = Ledger(LEDGER_XML)
    last_id = "$"
    while True:
        for _stream, messages in client.xread({STREAM: last_id}, block=5000, count=50) or []:
            for message_id, fields in messages:
                last_id = message_id
                try:
                    client.xadd(REPLIES, {"payload": json.dumps(handle(ledger, fields))})
                except (KeyError, ValueError):
                    log.exception("bad request %s", message_id)


if __name__ == "__main__":
    main()
