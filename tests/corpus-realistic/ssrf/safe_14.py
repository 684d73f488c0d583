# corpus: cwe=918 label=safe
"""Development CORS proxy: forwards browser requests to a few known APIs."""
import os
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlsplit

import requests

HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-encoding"}
UPSTREAMS = {
    "users": "https://users.staging.example.com",
    "billing": "https://billing.staging.example.com",
}


class CorsProxy(BaseHTTPRequestHandler):
    def upstream_url(self):
        parts = urlsplit(self.path)
        query = parse_qs(parts.query)
        service = query.get("service", [""])[0]
        base = UPSTREAMS.get(service)
        if base is None:
            return None
        return base + "/health"

    def do_GET(self):
        target = self.upstream_url()
        if target is None:
            self.send_error(400, "unknown service")
            return
        upstream = requests.get(target, timeout=15)
        self.send_response(upstream.status_code)
        for name, value in upstream.headers.items():
            if name.lower() not in HOP_BY_HOP:
                self.send_header(name, value)
        self.send_header("Access-Control-Allow-Origin", os.environ.get("DEV_ORIGIN", "http://localhost:3000"))
        self.end_headers()
        self.wfile.write(upstream.content)


if __name__ == "__main__":
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8010
    HTTPServer(("127.0.0.1", port), CorsProxy).serve_forever()
