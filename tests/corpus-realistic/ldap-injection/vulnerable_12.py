# corpus: cwe=90 label=vulnerable
"""Provisioning worker: consumes sign-up events from the customer portal."""
import json
import logging
import os

import boto3
from ldap3 import Connection, Server

log = logging.getLogger("provisioner")

QUEUE_URL = os.environ["SIGNUP_QUEUE_URL"]
CUSTOMERS_BASE = "ou=customers,dc=portal,dc=example,dc=net"


def ldap_connection():
    server = Server(os.environ["LDAP_HOST"], use_ssl=True)
    return Connection(server, os.environ["LDAP_ADMIN_DN"], os.environ["LDAP_ADMIN_PW"], auto_bind=True)


def account_exists(conn, email):
    conn.search(CUSTOMERS_BASE, "(mail=" + email + ")", attributes=["uid"])
    return len(conn.entries) > 0


def provision(conn, event):
    email = event["email"].strip().lower()
    if account_exists(conn, email):
        log.info("account for %s already present", email)
        return False
    uid = "c%08d" % int(event["customer_id"])
    conn.add(
        "uid=%s,%s" % (uid, CUSTOMERS_BASE),
        ["inetOrgPerson"],
        {"cn": event.get("name") or email, "sn": event.get("surname") or "-", "mail": email},
    )
    return conn.result["result"] == 0


def main():
    sqs = boto3.client("sqs")
    conn = ldap_connection()
    while True:
        resp = sqs.receive_message(QueueUrl=QUEUE_URL, MaxNumberOfMessages=10, WaitTimeSeconds=20)
        for msg in resp.get("Messages", []):
            event = json.loads(msg["Body"])
            try:
                provision(conn, event)
            except (KeyError, ValueError) as exc:
                log.error("bad event %s: %s", msg["MessageId"], exc)
            sqs.delete_message(QueueUrl=QUEUE_URL, ReceiptHandle=msg["ReceiptHandle"])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
