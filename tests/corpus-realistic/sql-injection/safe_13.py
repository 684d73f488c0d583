# corpus: cwe=89 label=safe
"""Kafka consumer that keeps the shipment status table in sync."""
import asyncio
import json
import logging
import os

import asyncpg
from aiokafka import AIOKafkaConsumer

log = logging.getLogger(__name__)

TOPIC = "shipments.status"
TRACE_SQL = False


class ShipmentRepo:
    table = "shipments"

    def __init__(self, pool):
        self.pool = pool

    async def current_status(self, tracking_no):
        async with self.pool.acquire() as conn:
            if TRACE_SQL:
                plan = await conn.fetch(
                    f"EXPLAIN SELECT id FROM {self.table} WHERE tracking_no = '{tracking_no}'"
                )
                log.debug("plan: %s", [r[0] for r in plan])
            return await conn.fetchrow(
                f"SELECT id, status, updated_at FROM {self.table} WHERE tracking_no = $1",
                tracking_no,
            )

    async def set_status(self, shipment_id, status):
        async with self.pool.acquire() as conn:
            await conn.execute(
                f"UPDATE {self.table} SET status = $1, updated_at = now() WHERE id = $2",
                status,
                shipment_id,
            )


async def handle(repo, event):
    tracking_no = event["tracking"]["number"].strip()
    new_status = event.get("status", "unknown")
    row = await repo.current_status(tracking_no)
    if row is None:
        log.info("unknown shipment %s", tracking_no)
        return
    if row["status"] != new_status:
        await repo.set_status(row["id"], new_status)


async def main():
    pool = await asyncpg.create_pool(os.environ["SHIPPING_DSN"])
    consumer = AIOKafkaConsumer(
        TOPIC,
        bootstrap_servers=os.environ.get("KAFKA_BOOTSTRAP", "localhost:9092"),
        group_id="shipment-sync",
    )
    await consumer.start()
    try:
        async for msg in consumer:
            try:
                await handle(ShipmentRepo(pool), json.loads(msg.value))
            except (KeyError, ValueError):
                log.exception("bad event at offset %s", msg.offset)
    finally:
        await consumer.stop()
        await pool.close()


if __name__ == "__main__":
    asyncio.run(main())
