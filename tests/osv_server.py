"""A real OSV-compatible HTTP server on 127.0.0.1 for pip-audit tests.

pip-audit's OSV service sends one `POST /v1/query` per package:
{"package": {"name": ..., "ecosystem": "PyPI"}, "version": ...}. This server
answers from a dict of records keyed by (canonical name, version).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Records = dict[tuple[str, str], list[dict[str, Any]]]


@contextmanager
def osv_server(records: Records, fail_status: int | None = None) -> Iterator[str]:
    hits: list[dict[str, Any]] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))))
            hits.append(body)
            if fail_status:
                self.send_response(fail_status)
                self.end_headers()
                return
            key = (body["package"]["name"].lower(), body.get("version", ""))
            vulns = records.get(key, [])
            data = json.dumps({"vulns": vulns} if vulns else {}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1/query"
    finally:
        server.shutdown()
        server.server_close()


# Facts of the real advisory CVE-2018-18074 (PYSEC-2018-28): requests < 2.20.0
# sends the Authorization header across an HTTPS->HTTP redirect; fixed in 2.20.0.
REQUESTS_2_19_1 = {
    "id": "PYSEC-2018-28",
    "aliases": ["GHSA-x84v-xcm2-53pg", "CVE-2018-18074"],
    "summary": "requests sends Authorization header on HTTPS to HTTP redirect",
    "details": "The Requests package before 2.20.0 sends an HTTP Authorization header "
    "to an http URI upon receiving a same-hostname https-to-http redirect.",
    "affected": [
        {
            "package": {"ecosystem": "PyPI", "name": "requests"},
            "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "2.20.0"}]}],
        }
    ],
    "published": "2018-10-09T00:29:00Z",
    "modified": "2021-01-01T00:00:00Z",
}
