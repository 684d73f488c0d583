# corpus: cwe=22 label=vulnerable
"""Minimal documentation server for the team wiki export."""
import argparse
import os
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit

CONTENT_TYPES = {".html": "text/html", ".css": "text/css", ".png": "image/png"}


class DocsHandler(BaseHTTPRequestHandler):
    root = "."

    def translate(self, raw_path):
        path = unquote(urlsplit(raw_path).path)
        if path.endswith("/"):
            path += "index.html"
        return os.path.join(self.root, path.lstrip("/"))

    def do_GET(self):
        local = self.translate(self.path)
        try:
            with open(local, "rb") as fh:
                data = fh.read()
        except (FileNotFoundError, IsADirectoryError):
            self.send_error(404)
            return
        ctype = CONTENT_TYPES.get(os.path.splitext(local)[1], "application/octet-stream")
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("directory", help="exported wiki directory")
    parser.add_argument("--bind", default="0.0.0.0")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args()
    DocsHandler.root = os.path.abspath(args.directory)
    ThreadingHTTPServer((args.bind, args.port), DocsHandler).serve_forever()


if __name__ == "__main__":
    main()
