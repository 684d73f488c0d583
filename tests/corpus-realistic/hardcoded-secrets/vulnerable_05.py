# corpus: cwe=798 label=vulnerable
"""Sends queued transactional e-mails."""
import json
import logging
import smtplib
import ssl
import time
from email.message import EmailMessage

import redis

log = logging.getLogger("mailer")

SMTP_HOST = "smtp.mailrelay.example.com"
SMTP_PORT = 587
SMTP_USER = "notifications@shop.example.com"
SMTP_PASSWORD = "Wint3r!Relay#5521"
FROM_ADDR = "Example Shop <notifications@shop.example.com>"


def build(job):
    msg = EmailMessage()
    msg["From"] = FROM_ADDR
    msg["To"] = job["to"]
    msg["Subject"] = job["subject"].strip()
    msg.set_content(job["text"])
    if job.get("html"):
        msg.add_alternative(job["html"], subtype="html")
    return msg


class Relay:
    def __init__(self):
        self.smtp = None

    def connect(self):
        self.smtp = smtplib.SMTP(SMTP_HOST, SMTP_PORT, timeout=30)
        self.smtp.starttls(context=ssl.create_default_context())
        self.smtp.login(SMTP_USER, SMTP_PASSWORD)

    def send(self, msg):
        if self.smtp is None:
            self.connect()
        try:
            self.smtp.send_message(msg)
        except smtplib.SMTPServerDisconnected:
            self.connect()
            self.smtp.send_message(msg)


def run(queue_client, relay):
    while True:
        item = queue_client.blpop("mail:outbox", timeout=5)
        if not item:
            continue
        try:
            relay.send(build(json.loads(item[1])))
        except (KeyError, ValueError):
            log.exception("bad mail job")
        except smtplib.SMTPException:
            log.exception("smtp failure, requeueing")
            queue_client.rpush("mail:outbox", item[1])
            time.sleep(5)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run(redis.Redis(host="localhost", port=6379), Relay())
