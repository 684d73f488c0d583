# corpus: cwe=295 label=vulnerable
"""Async crawler that refreshes product availability from partner feeds."""
import asyncio
import logging
import os
from dataclasses import dataclass

import aiohttp

log = logging.getLogger("feed-refresh")


@dataclass
class Feed:
    partner: str
    url: str
    api_key: str


def load_feeds():
    feeds = []
    for partner in os.environ.get("FEED_PARTNERS", "").split(","):
        partner = partner.strip()
        if not partner:
            continue
        key = partner.upper().replace("-", "_")
        feeds.append(Feed(partner, os.environ["FEED_%s_URL" % key], os.environ["FEED_%s_KEY" % key]))
    return feeds


async def fetch_feed(session, feed):
    async with session.get(feed.url, headers={"X-Api-Key": feed.api_key}, ssl=False) as resp:
        resp.raise_for_status()
        payload = await resp.json()
    return feed.partner, payload.get("items", [])


async def refresh_all(feeds, concurrency=5):
    semaphore = asyncio.Semaphore(concurrency)
    timeout = aiohttp.ClientTimeout(total=30)

    async with aiohttp.ClientSession(timeout=timeout) as session:

        async def bounded(feed):
            async with semaphore:
                return await fetch_feed(session, feed)

        results = await asyncio.gather(*(bounded(f) for f in feeds), return_exceptions=True)

    for feed, result in zip(feeds, results):
        if isinstance(result, Exception):
            log.warning("feed %s failed: %s", feed.partner, result)
        else:
            log.info("feed %s: %d items", result[0], len(result[1]))
    return [r for r in results if not isinstance(r, Exception)]


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(refresh_all(load_feeds()))
