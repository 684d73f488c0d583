# corpus: cwe=328 label=safe
"""Ingest worker for the news aggregator; drops duplicate articles."""
import hashlib
import json
import logging
import os
import re

import redis

log = logging.getLogger("ingest")

SEEN_TTL = 7 * 24 * 3600
_ws = re.compile(r"\s+")


def normalise(article):
    title = _ws.sub(" ", article.get("title", "")).strip().lower()
    body = _ws.sub(" ", article.get("body", "")).strip().lower()
    return f"{title}\n{body}"


def fingerprint(article):
    text = normalise(article).encode("utf-8")
    return hashlib.md5(text, usedforsecurity=False).hexdigest()


class Deduplicator:
    def __init__(self, client, prefix="seen:"):
        self.client = client
        self.prefix = prefix

    def first_time(self, article):
        key = self.prefix + fingerprint(article)
        return bool(self.client.set(key, 1, nx=True, ex=SEEN_TTL))


def handle(raw, dedup, sink):
    article = json.loads(raw)
    if not dedup.first_time(article):
        log.debug("duplicate: %s", article.get("url"))
        return False
    sink.append(article)
    return True


def main():
    client = redis.Redis.from_url(os.environ["REDIS_URL"])
    dedup = Deduplicator(client)
    batch = []
    while True:
        item = client.blpop("articles:incoming", timeout=10)
        if item is None:
            if batch:
                client.rpush("articles:clean", *[json.dumps(a) for a in batch])
                batch.clear()
            continue
        handle(item[1], dedup, batch)


if __name__ == "__main__":
    main()
