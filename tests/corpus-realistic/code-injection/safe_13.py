# corpus: cwe=94 label=safe
"""Alerting worker: evaluates user-defined alert conditions against sensor readings."""
import json
import logging
import operator
import os
from dataclasses import dataclass

import redis

log = logging.getLogger("alerts")

COMPARATORS = {
    ">": operator.gt,
    ">=": operator.ge,
    "<": operator.lt,
    "<=": operator.le,
    "==": operator.eq,
    "!=": operator.ne,
}


@dataclass
class AlertRule:
    rule_id: str
    owner: str
    comparator: str
    threshold: float
    channel: str = "email"

    @classmethod
    def load(cls, client, rule_id):
        data = json.loads(client.hget("alert:rules", rule_id))
        return cls(rule_id.decode(), data["owner"], data["op"], float(data["threshold"]), data.get("channel", "email"))

    def triggered(self, reading):
        compare = COMPARATORS.get(self.comparator)
        if compare is None:
            log.warning("rule %s has unsupported comparator %r", self.rule_id, self.comparator)
            return False
        return compare(float(reading["value"]), self.threshold)


def process(client, reading):
    for rule_id in client.smembers("alert:sensor:" + reading["sensor"]):
        rule = AlertRule.load(client, rule_id)
        if rule.triggered(reading):
            client.rpush("notify:" + rule.channel, json.dumps({"owner": rule.owner, "rule": rule.rule_id, "reading": reading}))


def main():
    logging.basicConfig(level=logging.INFO)
    client = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))
    pubsub = client.pubsub()
    pubsub.subscribe("sensor.readings")
    for message in pubsub.listen():
        if message["type"] == "message":
            try:
                process(client, json.loads(message["data"]))
            except (KeyError, ValueError, TypeError):
                log.exception("failed to evaluate reading")


if __name__ == "__main__":
    main()
