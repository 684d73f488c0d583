# corpus: cwe=94 label=vulnerable
"""Alerting worker: evaluates user-defined alert conditions against sensor readings."""
import json
import logging
import os

import redis

log = logging.getLogger("alerts")

SAFE_GLOBALS = {"__builtins__": {}, "abs": abs, "min": min, "max": max}


class AlertRule:
    def __init__(self, rule_id, owner, condition, channel):
        self.rule_id = rule_id
        self.owner = owner
        self.condition = condition
        self.channel = channel

    @classmethod
    def load(cls, client, rule_id):
        data = json.loads(client.hget("alert:rules", rule_id))
        return cls(rule_id, data["owner"], data["condition"], data.get("channel", "email"))

    def triggered(self, reading):
        scope = {"value": reading["value"], "sensor": reading["sensor"], "unit": reading.get("unit")}
        return bool(eval(self.condition, SAFE_GLOBALS, scope))


def process(client, reading):
    for rule_id in client.smembers("alert:sensor:" + reading["sensor"]):
        rule = AlertRule.load(client, rule_id)
        if rule.triggered(reading):
            client.rpush(
                "notify:" + rule.channel,
                json.dumps({"owner": rule.owner, "rule": rule.rule_id.decode(), "reading": reading}),
            )


def main():
    logging.basicConfig(level=logging.INFO)
    client = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))
    pubsub = client.pubsub()
    pubsub.subscribe("sensor.readings")
    for message in pubsub.listen():
        if message["type"] != "message":
            continue
        try:
            process(client, json.loads(message["data"]))
        except Exception:
            log.exception("failed to evaluate reading")


if __name__ == "__main__":
    main()
