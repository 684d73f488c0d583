# corpus: cwe=295 label=safe
"""Rotate application logs on the fleet of edge nodes over SSH (asyncssh)."""
import argparse
import asyncio
import logging
import os

import asyncssh

log = logging.getLogger("rotate-logs")

ROTATE_CMD = "sudo logrotate -f /etc/logrotate.d/edge-app"
KNOWN_HOSTS = os.environ.get("FLEET_KNOWN_HOSTS", os.path.expanduser("~/.ssh/known_hosts"))


async def rotate(host, user, key_path):
    async with asyncssh.connect(
        host,
        username=user,
        client_keys=[key_path],
        known_hosts=KNOWN_HOSTS,
        connect_timeout=10,
    ) as conn:
        result = await conn.run(ROTATE_CMD, check=False, timeout=60)
        return host, result.exit_status, (result.stderr or "").strip()


def read_inventory(path):
    with open(path) as fh:
        return [line.strip() for line in fh if line.strip() and not line.startswith("#")]


async def run_all(hosts, user, key_path, parallel):
    sem = asyncio.Semaphore(parallel)

    async def one(host):
        async with sem:
            try:
                return await rotate(host, user, key_path)
            except (asyncssh.Error, OSError) as exc:
                return host, -1, str(exc)

    return await asyncio.gather(*(one(h) for h in hosts))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("inventory")
    parser.add_argument("--user", default="deploy")
    parser.add_argument("--key", default=os.path.expanduser("~/.ssh/id_ed25519"))
    parser.add_argument("--parallel", type=int, default=8)
    args = parser.parse_args()

    results = asyncio.run(run_all(read_inventory(args.inventory), args.user, args.key, args.parallel))
    for host, code, err in results:
        if code:
            log.error("%s failed (%s): %s", host, code, err)
        else:
            log.info("%s rotated", host)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
