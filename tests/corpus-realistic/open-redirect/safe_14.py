# corpus: cwe=601 label=safe
"""Legacy URL forwarder deployed in front of the old intranet host."""
import logging
import os
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

logging.basicConfig(level=logging.INFO)
NEW_HOME = "https://intranet.example.com"

MOVED = {
    "/hr/holidays.asp": "/people/time-off",
    "/it/helpdesk.asp": "/support",
    "/phonebook.asp": "/directory",
}


class ForwardHandler(BaseHTTPRequestHandler):
    def target_for(self):
        parts = urlsplit(self.path)
        new_path = MOVED.get(parts.path.lower(), "/")
        query = parse_qs(parts.query)
        if new_path == "/directory" and "name" in query:
            return NEW_HOME + new_path + "?" + urlencode({"q": query["name"][0]})
        return NEW_HOME + new_path

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
