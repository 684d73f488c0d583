# corpus: cwe=798 label=safe
import boto3

# Credentials come from the environment, the shared config or the instance role.
s3 = boto3.client("s3", region_name="eu-central-1")


def upload_invoice(path, key):
    s3.upload_file(path, "acme-invoices", key)
    return "s3://acme-invoices/" + key
