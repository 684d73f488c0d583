# corpus: cwe=918 label=safe
"""Export worker: builds CSV exports and notifies the tenant's registered endpoint."""
import csv
import io
import json
import logging
import os

import boto3
import requests

from .tenants import TenantDirectory

log = logging.getLogger("export-worker")
s3 = boto3.client("s3")
BUCKET = os.environ.get("EXPORT_BUCKET", "exports")
tenants = TenantDirectory.from_env()


def build_csv(rows):
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["id", "name", "created"])
    for row in rows:
        writer.writerow([row["id"], row["name"], row["created"]])
    return buf.getvalue().encode("utf-8")


def upload(job_id, data):
    key = f"exports/{job_id}.csv"
    s3.put_object(Bucket=BUCKET, Key=key, Body=data)
    return s3.generate_presigned_url("get_object", Params={"Bucket": BUCKET, "Key": key}, ExpiresIn=3600)


def notify(job, download_url):
    tenant = tenants.get(job["tenant_id"])
    if tenant is None or not tenant.verified_callback_url:
        return None
    resp = requests.post(
        tenant.verified_callback_url,
        json={"job": job["id"], "download": download_url, "requested_callback": job.get("callback_url")},
        timeout=15,
        allow_redirects=False,
    )
    return resp.status_code


def handle(record_body):
    job = json.loads(record_body)
    url = upload(job["id"], build_csv(job.get("rows", [])))
    status = notify(job, url)
    log.info("export %s finished, callback status=%s", job["id"], status)


def lambda_handler(event, context):
    for record in event.get("Records", []):
        handle(record["body"])
    return {"processed": len(event.get("Records", []))}
