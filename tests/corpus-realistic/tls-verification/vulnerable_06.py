# corpus: cwe=295 label=vulnerable
"""Pull metrics from the Elasticsearch cluster and push them to the dashboard DB."""
import json
import logging
import os
import time

import urllib3

log = logging.getLogger("es-metrics")

ES_URL = os.environ.get("ES_URL", "https://es-master.internal:9200")


class ClusterClient:
    def __init__(self, base_url, user, password):
        self.base_url = base_url.rstrip("/")
        self.headers = urllib3.make_headers(basic_auth="%s:%s" % (user, password))
        self.http = urllib3.PoolManager(
            num_pools=4,
            cert_reqs="CERT_NONE",
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
        "unassigned": health["unassigned_shards"],
        "docs": stats["indices"]["docs"]["count"],
        "store_bytes": stats["indices"]["store"]["size_in_bytes"],
    }


def main():
    client = ClusterClient(ES_URL, os.environ["ES_USER"], os.environ["ES_PASSWORD"])
    interval = int(os.environ.get("INTERVAL", "60"))
    while True:
        try:
            sample = collect(client)
            log.info("cluster %(status)s nodes=%(nodes)s docs=%(docs)s", sample)
        except Exception:
            log.exception("collection failed")
        time.sleep(interval)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
