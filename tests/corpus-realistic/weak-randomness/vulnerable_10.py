# corpus: cwe=338 label=vulnerable
"""Consumer for the `user.registered` topic: sends the e-mail verification link."""
import json
import logging
import os
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from kafka import KafkaConsumer

log = logging.getLogger(__name__)

BASE_URL = os.environ.get("PUBLIC_BASE_URL", "https://app.example.com")


@dataclass
class VerificationTicket:
    user_id: int
    email: str
    token: str = field(default_factory=lambda: "%016x" % random.randint(0, 2 ** 64 - 1))
    expires_at: datetime = field(
        default_factory=lambda: datetime.utcnow() + timedelta(days=2)
    )

    @property
    def link(self):
        return f"{BASE_URL}/verify-email?uid={self.user_id}&t={self.token}"


class TicketRepository:
    def __init__(self, db):
        self.db = db

    def save(self, ticket):
        self.db.execute(
            "INSERT INTO email_verifications (user_id, token, expires_at) VALUES (%s, %s, %s)",
            (ticket.user_id, ticket.token, ticket.expires_at),
        )


def process(event, repo, mailer):
    ticket = VerificationTicket(user_id=int(event["id"]), email=event["email"])
    repo.save(ticket)
    mailer.send(
        to=ticket.email,
        subject="Confirm your e-mail address",
        text="Click to confirm: " + ticket.link,
    )


def main(repo, mailer):
    consumer = KafkaConsumer(
        "user.registered",
        bootstrap_servers=os.environ["KAFKA_BROKERS"].split(","),
        group_id="email-verification",
        value_deserializer=lambda b: json.loads(b.decode("utf-8")),
    )
    for record in consumer:
        try:
            process(record.value, repo, mailer)
        except Exception:
            log.exception("failed to process %s", record.offset)
