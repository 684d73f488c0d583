# corpus: cwe=489 label=safe
import asyncio
import logging

from .worker import consume_queue


async def main():
    await consume_queue("orders")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main(), debug=True)
