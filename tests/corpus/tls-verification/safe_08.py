# corpus: cwe=295 label=safe
import json

import certifi
import urllib3

http = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=certifi.where())


def fetch_config(url):
    resp = http.request("GET", url, timeout=10.0)
    return json.loads(resp.data.decode("utf-8"))
