# corpus: cwe=295 label=vulnerable
import json

import urllib3

http = urllib3.PoolManager(cert_reqs="CERT_NONE", timeout=urllib3.Timeout(total=10))


def fetch_config(url):
    resp = http.request("GET", url)
    return json.loads(resp.data.decode("utf-8"))
