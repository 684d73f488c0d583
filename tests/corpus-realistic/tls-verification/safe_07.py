# corpus: cwe=295 label=safe
"""Async crawler that refreshes product availability from partner feeds."""
import asyncio
import logging
import os
import ssl
from dataclasses import dataclass

import aiohttp
import certifi

log = logging.getLogger("feed-refresh")


@dataclass
class Feed:
    partner: str
    url: str
    api_key: str


def load_feeds():
    feeds = []
    for partner in filter(None, (p.strip() for p in os.environ.get("FEED_PARTNERS", "").split(","))):
        key = partner.upper().replace("-", "_")
        feeds.append(Feed(partner, os.environ["FEED_%s_URL" % key], os.environ["FEED_%s_KEY" % key]))
    return feeds


def make_ssl_context():
    return ssl.create_default_context(cafile=certifi.where())


async def fetch_feed(session, feed, ssl_ctx):
    async with session.get(feed.url, headers={"X-Api-Key": feed.api_key}, ssl=ssl_ctx) as resp:
        resp.raise_for_status()
        payload = await resp.json()
    return feed.partner, payload.get("items", [])


async def refresh_all(feeds, concurrency=5):
    semaphore = asyncio.Semaphore(concurrency)
    ssl_ctx = make_ssl_context()
    connector = aiohttp.TCPConnector(ssl=ssl_ctx, limit=concurrency)

    async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=30)) as session:

        async def bounded(feed):
            async with semaphore:
                return await fetch_feed(session, feed, ssl_ctx)

        results = await asyncio.gather(*(bounded(f) for f in feeds), return_exceptions=True)

    for feed, result in zip(feeds, results):
        if isinstance(result, Exception):
            log.warning("feed %s failed: %s", feed.partner, result)
    return [r for r in results if not isinstance(r, Exception)]


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(refresh_all(load_feeds()))
