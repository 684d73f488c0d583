# corpus: cwe=79 label=vulnerable
"""Tiny self-hosted link board served with the standard library."""
import argparse
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

LINKS = [
    ("Python docs", "https://docs.python.org/3/"),
    ("PyPI", "https://pypi.org/"),
]


def page(title, body):
    return (
        "<!doctype html><html><head><title>{title}</title></head>"
        "<body>{body}</body></html>"
    ).format(title=title, body=body)


class LinkBoardHandler(BaseHTTPRequestHandler):
    def _send_html(self, html, status=200):
        data = html.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        parsed = urlparse(self.path)
        params = parse_qs(parsed.query)
        if parsed.path == "/":
            who = params.get("user", ["guest"])[0]
            items = "".join('<li><a href="%s">%s</a></li>' % (u, t) for t, u in LINKS)
            self._send_html(page("Links", "<p>Hello " + who + "</p><ul>" + items + "</ul>"))
        else:
            self._send_html(page("Not found", "<p>No such page</p>"), status=404)


def main():
    parser = argparse.ArgumentParser(description="Serve the link board")
    parser.add_argument("--port", type=int, default=8080)
    args = parser.parse_args()
    HTTPServer(("127.0.0.1", args.port), LinkBoardHandler).serve_forever()


if __name__ == "__main__":
    main()
