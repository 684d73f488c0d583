# corpus: cwe=78 label=safe
"""Host health reporter: pushes disk and load figures to the status queue."""
import json
import logging
import os
import socket
import subprocess
import time

import pika

log = logging.getLogger("health-reporter")

DISK_CMD = "df -P -k / /var /srv 2>/dev/null | tail -n +2"
LOAD_CMD = "cat /proc/loadavg"
INTERVAL = int(os.environ.get("HEALTH_INTERVAL", "60"))


def disk_usage():
    output = subprocess.check_output(DISK_CMD, shell=True, text=True)
    usage = {}
    for line in output.splitlines():
        fields = line.split()
        if len(fields) >= 6:
            usage[fields[5]] = int(fields[4].rstrip("%"))
    return usage


def load_average():
    with os.popen(LOAD_CMD) as pipe:
        one, five, fifteen = pipe.read().split()[:3]
    return {"1m": float(one), "5m": float(five), "15m": float(fifteen)}


def publish(channel, payload):
    channel.basic_publish(exchange="", routing_key="host.health", body=json.dumps(payload))


def main():
    logging.basicConfig(level=logging.INFO)
    params = pika.URLParameters(os.environ.get("AMQP_URL", "amqp://localhost/"))
    connection = pika.BlockingConnection(params)
    channel = connection.channel()
    channel.queue_declare(queue="host.health", durable=True)
    hostname = socket.gethostname()
    while True:
        publish(channel, {"host": hostname, "disk": disk_usage(), "load": load_average(), "ts": time.time()})
        if os.system("systemctl is-active --quiet app.service") != 0:
            log.warning("app.service is not active on %s", hostname)
        time.sleep(INTERVAL)


if __name__ == "__main__":
    main()
