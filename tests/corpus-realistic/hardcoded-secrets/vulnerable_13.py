# corpus: cwe=798 label=vulnerable
"""Rate-limit counter compaction job."""
import logging
import time

import redis

log = logging.getLogger("ratelimit-compactor")


class CounterStore:
    def __init__(self, host="cache-01.internal", port=6380, db=2):
        self.client = redis.Redis(
            host=host,
            port=port,
            db=db,
            password="UJTeB9I7tVxXIlfQ7mddacpjlBZ97O3m",
            ssl=True,
            socket_timeout=5,
        )

    def keys(self, pattern="rl:*"):
        return self.client.scan_iter(match=pattern, count=1000)

    def window_counts(self, key):
        return {int(k): int(v) for k, v in self.client.hgetall(key).items()}

    def replace(self, key, counts, ttl):
        pipe = self.client.pipeline()
        pipe.delete(key)
        if counts:
            pipe.hset(key, mapping={str(k): v for k, v in counts.items()})
            pipe.expire(key, ttl)
        pipe.execute()


def compact(counts, now, window=3600):
    return {ts: n for ts, n in counts.items() if ts >= now - window}


def run_once(store):
    now = int(time.time())
    touched = 0
    for key in store.keys():
        before = store.window_counts(key)
        after = compact(before, now)
        if len(after) != len(before):
            store.replace(key, after, ttl=3600)
            touched += 1
    return touched


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    store = CounterStore()
    while True:
        log.info("compacted %d keys", run_once(store))
        time.sleep(300)
