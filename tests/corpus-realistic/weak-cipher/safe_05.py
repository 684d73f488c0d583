# corpus: cwe=327 label=safe
"""Encrypts card-holder events before they are published to the analytics bus."""
import base64
import json
import logging
import os

import pika
from Crypto.Cipher import AES

log = logging.getLogger("event-encryptor")


class EventSealer:
    def __init__(self, key: bytes, key_id: str):
        self.key = key
        self.key_id = key_id

    def seal(self, event: dict) -> dict:
        cipher = AES.new(self.key, AES.MODE_GCM)
        cipher.update(self.key_id.encode())
        ciphertext, tag = cipher.encrypt_and_digest(json.dumps(event).encode())
        return {
            "kid": self.key_id,
            "nonce": base64.b64encode(cipher.nonce).decode(),
            "ct": base64.b64encode(ciphertext).decode(),
            "tag": base64.b64encode(tag).decode(),
        }

    def open(self, envelope: dict) -> dict:
        cipher = AES.new(self.key, AES.MODE_GCM, nonce=base64.b64decode(envelope["nonce"]))
        cipher.update(envelope["kid"].encode())
        plain = cipher.decrypt_and_verify(
            base64.b64decode(envelope["ct"]), base64.b64decode(envelope["tag"])
        )
        return json.loads(plain)


def main():
    sealer = EventSealer(bytes.fromhex(os.environ["EVENT_KEY_HEX"]), os.environ["EVENT_KEY_ID"])
    conn = pika.BlockingConnection(pika.URLParameters(os.environ["AMQP_URL"]))
    channel = conn.channel()

    def on_event(ch, method, _props, body):
        envelope = sealer.seal(json.loads(body))
        ch.basic_publish(exchange="analytics", routing_key="cards", body=json.dumps(envelope))
        ch.basic_ack(method.delivery_tag)

    channel.basic_consume(queue="card-events.raw", on_message_callback=on_event)
    log.info("waiting for events")
    channel.start_consuming()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
