# corpus: cwe=798 label=safe
"""Sends queued transactional e-mails."""
import json
import logging
import os
import smtplib
import ssl
from email.message import EmailMessage

import boto3
import redis

log = logging.getLogger("mailer")

SMTP_SECRET_ID = os.environ.get("SMTP_SECRET_ID", "prod/mailer/smtp")
FROM_ADDR = "Example Shop <notifications@shop.example.com>"


def load_smtp_settings(secret_id=SMTP_SECRET_ID):
    client = boto3.client("secretsmanager")
    secret = json.loads(client.get_secret_value(SecretId=secret_id)["SecretString"])
    return {
        "host": secret["host"],
        "port": int(secret.get("port", 587)),
        "username": secret["username"],
        "password": secret["password"],
    }


def build(job):
    msg = EmailMessage()
    msg["From"] = FROM_ADDR
    msg["To"] = job["to"]
    msg["Subject"] = job["subject"].strip()
    msg.set_content(job["text"])
    return msg


def send_all(jobs, smtp_settings):
    with smtplib.SMTP(smtp_settings["host"], smtp_settings["port"], timeout=30) as smtp:
        smtp.starttls(context=ssl.create_default_context())
        smtp.login(smtp_settings["username"], smtp_settings["password"])
        for job in jobs:
            smtp.send_message(build(job))


def run(queue_client, batch_size=50):
    smtp_settings = load_smtp_settings()
    while True:
        first = queue_client.blpop("mail:outbox", timeout=5)
        if not first:
            continue
        raw = [first[1]] + [queue_client.lpop("mail:outbox") for _ in range(batch_size - 1)]
        jobs = [json.loads(r) for r in raw if r]
        try:
            send_all(jobs, smtp_settings)
        except smtplib.SMTPException:
            log.exception("smtp failure, requeueing %d jobs", len(jobs))
            queue_client.rpush("mail:outbox", *[json.dumps(j) for j in jobs])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run(redis.Redis.from_url(os.environ["REDIS_URL"]))
