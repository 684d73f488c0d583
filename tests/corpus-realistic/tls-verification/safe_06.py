# corpus: cwe=295 label=safe
"""Pull metrics from the Elasticsearch cluster and push them to the dashboard DB."""
import json
import logging
import os
import time

import certifi
import urllib3

log = logging.getLogger("es-metrics")

ES_URL = os.environ.get("ES_URL", "https://es-master.internal:9200")
ES_CA = os.environ.get("ES_CA_CERTS") or certifi.where()


class ClusterClient:
    def __init__(self, base_url, user, password, ca_certs=ES_CA):
        self.base_url = base_url.rstrip("/")
        self.headers = urllib3.make_headers(basic_auth="%s:%s" % (user, password))
        self.http = urllib3.PoolManager(
            num_pools=4,
            cert_reqs="CERT_REQUIRED",
            ca_certs=ca_certs,
            timeout=urllib3.Timeout(connect=3.0, read=15.0),
        )

    def get(self, path):
        resp = self.http.request("GET", self.base_url + path, headers=self.headers)
        if resp.status != 200:
            raise RuntimeError("GET %s -> %s" % (path, resp.status))
        return json.loads(resp.data.decode("utf-8"))


def collect(client):
    health = client.get("/_cluster/health")
    stats = client.get("/_cluster/stats")
    return {
        "ts": int(time.time()),
        "status": health["status"],
        "nodes": health["number_of_nodes"],
        "docs": stats["indices"]["docs"]["count"],
    }


def main():
    client = ClusterClient(ES_URL, os.environ["ES_USER"], os.environ["ES_PASSWORD"])
    interval = int(os.environ.get("INTERVAL", "60"))
    while True:
        try:
            log.info("cluster %(status)s nodes=%(nodes)s docs=%(docs)s", collect(client))
        except Exception:
            log.exception("collection failed")
        time.sleep(interval)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
