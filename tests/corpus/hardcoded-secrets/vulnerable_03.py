# corpus: cwe=798 label=vulnerable
import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-central-1",
    aws_access_key_id="AKIAQ7RZ3MBXW5KD2HNP",
    aws_secret_access_key="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",
)


def upload_invoice(path, key):
    s3.upload_file(path, "acme-invoices", key)
    return "s3://acme-invoices/" + key
