# corpus: cwe=798 label=safe
import json

import boto3
import stripe

_secrets = boto3.client("secretsmanager", region_name="eu-central-1")


def load_stripe_key():
    value = _secrets.get_secret_value(SecretId="prod/payments/stripe")
    stripe.api_key = json.loads(value["SecretString"])["api_key"]
    return stripe.api_key
