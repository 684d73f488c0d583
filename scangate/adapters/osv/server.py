"""Serve a local OSV database to pip-audit on 127.0.0.1, only `POST /v1/query`.

pip-audit's OSV service sends one query per package:
`{"package": {"name": ..., "ecosystem": "PyPI"}, "version": ...}` and reads
`{}` (nothing known) or `{"vulns": [...]}`. The server binds a free loopback
port for the duration of one scan and answers nothing else: no listing, no
other path, no other method.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from scangate.adapters.osv.database import ECOSYSTEM, OsvDatabase

MAX_BODY = 64 * 1024


def _handler(db: OsvDatabase) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "scangate-osv"
        sys_version = ""

        def log_message(self, format: str, *args: object) -> None:
            return None

        def _reply(self, status: int, body: object) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            self._reply(404, {"error": "only POST /v1/query"})

        def do_POST(self) -> None:
            if self.path.split("?", 1)[0] != "/v1/query":
                self._reply(404, {"error": "only POST /v1/query"})
                return
            try:
                length = int(self.headers.get("Content-Length", "0"))
            except ValueError:
                length = -1
            if not 0 < length <= MAX_BODY:
                self._reply(400, {"error": "bad Content-Length"})
                return
            try:
                query = json.loads(self.rfile.read(length))
                pkg = query["package"]
                name, eco, version = str(pkg["name"]), pkg.get("ecosystem"), str(query["version"])
            except (ValueError, KeyError, TypeError):
                self._reply(400, {"error": "expected {package: {name, ecosystem}, version}"})
                return
            if eco != ECOSYSTEM:
                self._reply(200, {})
                return
            vulns = db.query(name, version)
            self._reply(200, {"vulns": vulns} if vulns else {})

    return Handler


@contextmanager
def serve(db: OsvDatabase) -> Iterator[str]:
    """Run the server for the duration of the block; yields the query URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(db))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="osv-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1/query"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
