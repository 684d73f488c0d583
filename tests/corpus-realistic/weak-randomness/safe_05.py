# corpus: cwe=338 label=safe
"""Worker that sends one-time login codes over SMS."""
import json
import logging
import os
import random
import secrets
import time

import redis

log = logging.getLogger("otp-worker")

QUEUE = os.environ.get("OTP_QUEUE", "otp:requests")
CODE_TTL = int(os.environ.get("OTP_TTL", "300"))


def generate_code(digits=6):
    return str(secrets.randbelow(10 ** digits)).zfill(digits)


def backoff(attempt, base=0.5, cap=30.0):
    """Exponential backoff with full jitter for gateway retries."""
    return random.uniform(0, min(cap, base * (2 ** attempt)))


def send_with_retry(gateway, phone, text, attempts=4):
    for attempt in range(attempts):
        try:
            return gateway.messages.create(to=phone, body=text)
        except ConnectionError:
            delay = backoff(attempt)
            log.warning("sms gateway unavailable, retrying in %.1fs", delay)
            time.sleep(delay)
    raise RuntimeError("sms gateway unavailable")


def handle_message(conn, gateway, raw):
    message = json.loads(raw)
    user_id = message["user_id"]
    code = generate_code(message.get("digits", 6))
    conn.setex(f"otp:{user_id}", CODE_TTL, code)
    send_with_retry(gateway, message["phone"].replace(" ", ""), f"Your sign-in code is {code}.")


def run(conn, gateway):
    while True:
        item = conn.blpop(QUEUE, timeout=5)
        if item is None:
            continue
        try:
            handle_message(conn, gateway, item[1])
        except (KeyError, ValueError):
            log.exception("bad otp request")


if __name__ == "__main__":
    from twilio.rest import Client

    logging.basicConfig(level=logging.INFO)
    run(
        redis.Redis.from_url(os.environ["REDIS_URL"]),
        Client(os.environ["TWILIO_SID"], os.environ["TWILIO_TOKEN"]),
    )
