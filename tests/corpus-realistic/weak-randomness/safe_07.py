# corpus: cwe=338 label=safe
"""Outbound webhook delivery worker with retries."""
import json
import logging
import os
import random
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("webhook-delivery")


@dataclass
class RetryPolicy:
    max_attempts: int = 6
    base_delay: float = 1.0
    max_delay: float = 120.0
    jitter: float = 0.25

    def delay_for(self, attempt: int) -> float:
        delay = min(self.max_delay, self.base_delay * 2 ** attempt)
        spread = delay * self.jitter
        return max(0.0, delay + random.uniform(-spread, spread))


class Deliverer:
    def __init__(self, session: requests.Session, policy: RetryPolicy = RetryPolicy()):
        self.session = session
        self.policy = policy

    def deliver(self, url: str, payload: dict) -> bool:
        body = json.dumps(payload, separators=(",", ":"))
        for attempt in range(self.policy.max_attempts):
            try:
                resp = self.session.post(
                    url,
                    data=body,
                    headers={"Content-Type": "application/json"},
                    timeout=10,
                )
                if resp.status_code < 500:
                    return resp.ok
            except requests.RequestException as exc:
                log.info("attempt %d to %s failed: %s", attempt + 1, url, exc)
            time.sleep(self.policy.delay_for(attempt))
        return False


def drain(queue, deliverer: Deliverer):
    for job in queue:
        ok = deliverer.deliver(job["url"], job["payload"])
        log.info("delivery %s -> %s", job["id"], "ok" if ok else "gave up")


if __name__ == "__main__":
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
    with open(os.environ.get("WEBHOOK_JOBS", "jobs.json"), encoding="utf-8") as fh:
        jobs = json.load(fh)
    drain(jobs, Deliverer(requests.Session()))
