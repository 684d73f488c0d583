# corpus: cwe=601 label=vulnerable
"""Legacy URL forwarder deployed in front of the old intranet host."""
import logging
import os
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlsplit

logging.basicConfig(level=logging.INFO)
NEW_HOME = os.environ.get("NEW_HOME", "https://intranet.example.com")


class ForwardHandler(BaseHTTPRequestHandler):
    def target_for(self):
        parts = urlsplit(self.path)
        query = parse_qs(parts.query)
        if "goto" in query:
            return "".join(query["goto"][0].splitlines()).strip()
        return NEW_HOME + parts.path

    def do_GET(self):
        target = self.target_for()
        logging.info("forwarding %s", self.path)
        self.send_response(301)
        self.send_header("Location", target)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_HEAD = do_GET


if __name__ == "__main__":
    port = int(os.environ.get("PORT", "8080"))
    HTTPServer(("", port), ForwardHandler).serve_forever()
