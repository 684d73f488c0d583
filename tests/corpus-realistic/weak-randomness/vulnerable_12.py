# corpus: cwe=338 label=vulnerable
#!/usr/bin/env python3
"""Write a fresh config file for a new deployment of the reporting service."""
import argparse
import configparser
import os
import random
import sys
import time


def seeded_generator():
    random.seed(int(time.time() * 1000) ^ os.getpid())
    return random


def secret_hex(rng, nbytes):
    return "".join("%02x" % rng.getrandbits(8) for _ in range(nbytes))


def build_config(env_name, db_host, rng):
    cfg = configparser.ConfigParser()
    cfg["service"] = {
        "environment": env_name,
        "port": "8443" if env_name == "prod" else "8080",
        "log_level": "info",
    }
    cfg["database"] = {
        "host": db_host,
        "name": f"reports_{env_name}",
    }
    cfg["security"] = {
        "session_secret": secret_hex(rng, 32),
        "api_signing_key": secret_hex(rng, 32),
    }
    return cfg


def write_config(cfg, path, force=False):
    if os.path.exists(path) and not force:
        raise FileExistsError(path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        cfg.write(fh)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("environment", choices=["dev", "staging", "prod"])
    ap.add_argument("--db-host", default="localhost")
    ap.add_argument("--out", default="reporting.ini")
    ap.add_argument("--force", action="store_true")
    args = ap.parse_args()

    cfg = build_config(args.environment, args.db_host, seeded_generator())
    try:
        write_config(cfg, args.out, force=args.force)
    except FileExistsError:
        sys.exit(f"{args.out} exists; use --force to overwrite")
    print("config written to", args.out)


if __name__ == "__main__":
    main()
