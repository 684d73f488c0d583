# corpus: cwe=295 label=vulnerable
"""Background worker that sends queued notification e-mails."""
import json
import logging
import os
import smtplib
import ssl
from email.message import EmailMessage

import redis

log = logging.getLogger("mailer")

SMTP_HOST = os.environ.get("SMTP_HOST", "mail.example.com")
SMTP_PORT = int(os.environ.get("SMTP_PORT", "587"))


def tls_context():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def build_message(job):
    msg = EmailMessage()
    msg["From"] = os.environ.get("MAIL_FROM", "noreply@example.com")
    msg["To"] = job["to"]
    msg["Subject"] = job["subject"]
    msg.set_content(job["text"])
    if job.get("html"):
        msg.add_alternative(job["html"], subtype="html")
    return msg


def send(messages):
    with smtplib.SMTP(SMTP_HOST, SMTP_PORT, timeout=30) as smtp:
        smtp.starttls(context=tls_context())
        smtp.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        for msg in messages:
            smtp.send_message(msg)


def drain(client, batch_size=20):
    batch = []
    while len(batch) < batch_size:
        raw = client.lpop("mail:outgoing")
        if raw is None:
            break
        batch.append(build_message(json.loads(raw)))
    if batch:
        send(batch)
        log.info("sent %d messages", len(batch))
    return len(batch)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    client = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))
    while drain(client):
        pass
