# corpus: cwe=798 label=safe
"""Rate-limit counter compaction job."""
import logging
import os
import time
from typing import Optional

import redis

log = logging.getLogger("ratelimit-compactor")


class CounterStore:
    def __init__(self, url: Optional[str] = None, password: Optional[str] = None):
        url = url or os.environ.get("RATELIMIT_REDIS_URL", "rediss://cache-01.internal:6380/2")
        password = password if password is not None else os.environ.get("RATELIMIT_REDIS_PASSWORD")
        self.client = redis.Redis.from_url(url, password=password, socket_timeout=5)

    def keys(self, pattern="rl:*"):
        return self.client.scan_iter(match=pattern, count=1000)

    def trim(self, key, cutoff):
        fields = [k for k in self.client.hkeys(key) if int(k) < cutoff]
        if fields:
            self.client.hdel(key, *fields)
        return len(fields)


def run_once(store, window=3600):
    cutoff = int(time.time()) - window
    removed = 0
    for key in store.keys():
        removed += store.trim(key, cutoff)
    return removed


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    store = CounterStore()
    interval = int(os.environ.get("COMPACT_INTERVAL", "300"))
    while True:
        log.info("removed %d stale buckets", run_once(store))
        time.sleep(interval)
