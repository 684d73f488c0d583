# corpus: cwe=295 label=safe
import requests

CLIENT_CERT = ("/etc/app/tls/client.crt", "/etc/app/tls/client.key")
PARTNER_CA = "/etc/app/tls/partner-ca.pem"


def download_statement(account_id):
    resp = requests.get(
        "https://bank.partner.example/statements/%s" % account_id,
        cert=CLIENT_CERT,
        verify=PARTNER_CA,
        timeout=30,
    )
    resp.raise_for_status()
    return resp.content
