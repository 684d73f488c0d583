# corpus: cwe=327 label=safe
"""Consumes audit events from the message broker over TLS and archives them."""
import json
import logging
import os
import ssl

import paho.mqtt.client as mqtt

log = logging.getLogger("audit-archiver")

BROKER_HOST = os.environ.get("MQTT_HOST", "broker.internal.example")
BROKER_PORT = int(os.environ.get("MQTT_PORT", "8883"))
TOPIC = "audit/+/events"


def tls_context(ca_file, cert_file=None, key_file=None):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    ctx.load_verify_locations(cafile=ca_file)
    if cert_file and key_file:
        ctx.load_cert_chain(cert_file, key_file)
    return ctx


class Archiver:
    def __init__(self, path):
        self.path = path

    def write(self, topic, event):
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"topic": topic, **event}) + "\n")


def on_connect(client, userdata, flags, rc):
    if rc == 0:
        client.subscribe(TOPIC, qos=1)
        log.info("subscribed to %s", TOPIC)
    else:
        log.error("broker refused connection: %s", rc)


def on_message(client, userdata, msg):
    try:
        userdata.write(msg.topic, json.loads(msg.payload))
    except ValueError:
        log.warning("dropping malformed event on %s", msg.topic)


def main():
    client = mqtt.Client(client_id="audit-archiver", userdata=Archiver(os.environ["AUDIT_ARCHIVE"]))
    client.tls_set_context(
        tls_context(os.environ["MQTT_CA"], os.environ.get("MQTT_CERT"), os.environ.get("MQTT_KEY"))
    )
    client.on_connect = on_connect
    client.on_message = on_message
    client.connect(BROKER_HOST, BROKER_PORT, keepalive=60)
    client.loop_forever()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
