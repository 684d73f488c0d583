# corpus: cwe=798 label=safe
#!/usr/bin/env python3
"""Prune old build artifacts from the CI bucket.

Credentials come from the standard AWS chain (instance role, SSO profile,
or AWS_* environment variables).
"""
import argparse
import sys
from datetime import datetime, timedelta, timezone

import boto3

BUCKET = "ci-artifacts-eu"
ACCESS_KEY_ENV = "AWS_ACCESS_KEY_ID"


def s3_client(profile=None, region="eu-west-1"):
    session = boto3.Session(profile_name=profile, region_name=region)
    if session.get_credentials() is None:
        raise SystemExit(f"no AWS credentials found (set {ACCESS_KEY_ENV} or use --profile)")
    return session.client("s3")


def stale_keys(client, prefix, days):
    cutoff = datetime.now(timezone.utc) - timedelta(days=days)
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=BUCKET, Prefix=prefix):
        for obj in page.get("Contents", []):
            if obj["LastModified"] < cutoff:
                yield obj["Key"]


def chunked(iterable, size):
    chunk = []
    for item in iterable:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--profile")
    ap.add_argument("--prefix", default="builds/")
    ap.add_argument("--days", type=int, default=30)
    ap.add_argument("--apply", action="store_true")
    args = ap.parse_args()

    client = s3_client(args.profile)
    total = 0
    for keys in chunked(stale_keys(client, args.prefix, args.days), 1000):
        total += len(keys)
        if args.apply:
            client.delete_objects(Bucket=BUCKET, Delete={"Objects": [{"Key": k} for k in keys]})
        else:
            print("\n".join(keys))
    print(f"{'deleted' if args.apply else 'would delete'} {total} objects", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
