# corpus: cwe=918 label=vulnerable
"""Development CORS proxy: forwards browser requests to remote APIs."""
import os
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlsplit

import requests

HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-encoding"}


class CorsProxy(BaseHTTPRequestHandler):
    def upstream_url(self):
        query = parse_qs(urlsplit(self.path).query)
        return query.get("target", [""])[0]

    def do_GET(self):
        target = self.upstream_url()
        if not target:
            self.send_error(400, "missing target")
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
    HTTPServer(("0.0.0.0", port), CorsProxy).serve_forever()
