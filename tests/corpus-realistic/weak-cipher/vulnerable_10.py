# corpus: cwe=327 label=vulnerable
"""Telemetry receiver for field devices (TLS over raw TCP)."""
import asyncio
import json
import logging
import os
import ssl

log = logging.getLogger("telemetry")

LISTEN_HOST = os.environ.get("TELEMETRY_HOST", "127.0.0.1")
LISTEN_PORT = int(os.environ.get("TELEMETRY_PORT", "7443"))


def server_context(cert, key):
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    ctx.load_cert_chain(certfile=cert, keyfile=key)
    return ctx


class TelemetryStore:
    def __init__(self):
        self.readings = []

    def add(self, device, reading):
        self.readings.append({"device": device, **reading})


async def handle_device(reader, writer, store):
    peer = writer.get_extra_info("peername")
    try:
        while True:
            line = await reader.readline()
            if not line:
                break
            message = json.loads(line)
            store.add(message.get("device", str(peer)), message.get("reading", {}))
            writer.write(b'{"ack":true}\n')
            await writer.drain()
    except (ValueError, ConnectionError):
        log.warning("dropping device %s", peer)
    finally:
        writer.close()


async def main():
    store = TelemetryStore()
    ctx = server_context(os.environ["TELEMETRY_CERT"], os.environ["TELEMETRY_KEY"])
    server = await asyncio.start_server(
        lambda r, w: handle_device(r, w, store), LISTEN_HOST, LISTEN_PORT, ssl=ctx
    )
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
