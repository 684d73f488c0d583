# corpus: cwe=338 label=vulnerable
"""Worker that sends one-time login codes over SMS."""
import json
import logging
import os
import random

import redis

log = logging.getLogger("otp-worker")

QUEUE = os.environ.get("OTP_QUEUE", "otp:requests")
CODE_TTL = int(os.environ.get("OTP_TTL", "300"))


class SmsGateway:
    def __init__(self, client):
        self.client = client

    def send(self, phone, text):
        self.client.messages.create(to=phone, body=text)


def generate_code(digits=6):
    low = 10 ** (digits - 1)
    high = 10 ** digits - 1
    return str(random.randint(low, high))


def store_code(conn, user_id, code):
    key = "otp:{}".format(user_id)
    conn.setex(key, CODE_TTL, code)
    conn.delete("otp:attempts:{}".format(user_id))


def handle_message(conn, gateway, raw):
    message = json.loads(raw)
    user_id = message["user_id"]
    phone = message["phone"].replace(" ", "")
    code = generate_code(message.get("digits", 6))
    store_code(conn, user_id, code)
    gateway.send(phone, f"Your sign-in code is {code}. It expires in 5 minutes.")
    log.info("sent otp to user %s", user_id)


def run(conn, gateway):
    while True:
        item = conn.blpop(QUEUE, timeout=5)
        if item is None:
            continue
        _, raw = item
        try:
            handle_message(conn, gateway, raw)
        except (KeyError, ValueError):
            log.exception("bad otp request")


if __name__ == "__main__":
    from twilio.rest import Client

    logging.basicConfig(level=logging.INFO)
    r = redis.Redis.from_url(os.environ["REDIS_URL"])
    sms = SmsGateway(Client(os.environ["TWILIO_SID"], os.environ["TWILIO_TOKEN"]))
    run(r, sms)
