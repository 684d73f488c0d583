# corpus: cwe=798 label=vulnerable
#!/usr/bin/env python3
"""Prune old build artifacts from the CI bucket."""
import argparse
import sys
from datetime import datetime, timedelta, timezone

import boto3

BUCKET = "ci-artifacts-eu"


def s3_client(region="eu-west-1"):
    return boto3.client(
        "s3",
        region_name=region,
        aws_access_key_id="QZ7K2M9TRB4WLP0HD3NV",
        aws_secret_access_key="kX4LPj6pJX5gSSrfrtPSUKI4kXqR/Tn0ZINyAu",
    )


def stale_objects(client, prefix, older_than):
    cutoff = datetime.now(timezone.utc) - older_than
    paginator = client.get_paginator("list_objects_v2")
    for page in paginator.paginate(Bucket=BUCKET, Prefix=prefix):
        for obj in page.get("Contents", []):
            if obj["LastModified"] < cutoff:
                yield obj["Key"]


def delete_keys(client, keys, dry_run=True):
    batch, deleted = [], 0
    for key in keys:
        batch.append({"Key": key})
        if len(batch) == 1000:
            deleted += _flush(client, batch, dry_run)
            batch = []
    if batch:
        deleted += _flush(client, batch, dry_run)
    return deleted


def _flush(client, batch, dry_run):
    if dry_run:
        for item in batch:
            print("would delete", item["Key"])
        return len(batch)
    client.delete_objects(Bucket=BUCKET, Delete={"Objects": batch, "Quiet": True})
    return len(batch)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--prefix", default="builds/")
    ap.add_argument("--days", type=int, default=30)
    ap.add_argument("--apply", action="store_true")
    args = ap.parse_args()

    client = s3_client()
    count = delete_keys(client, stale_objects(client, args.prefix, timedelta(days=args.days)), not args.apply)
    print(f"{'deleted' if args.apply else 'would delete'} {count} objects")
    return 0


if __name__ == "__main__":
    sys.exit(main())
