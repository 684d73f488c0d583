# corpus: cwe=22 label=safe
"""Minimal documentation server for the team wiki export."""
import argparse
import os
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

CONTENT_TYPES = {".html": "text/html", ".css": "text/css", ".png": "image/png"}


class DocsHandler(BaseHTTPRequestHandler):
    root = Path(".").resolve()

    def translate(self, raw_path):
        path = unquote(urlsplit(raw_path).path)
        if path.endswith("/"):
            path += "index.html"
        candidate = (self.root / path.lstrip("/")).resolve()
        if not candidate.is_relative_to(self.root):
            return None
        return candidate

    def do_GET(self):
        local = self.translate(self.path)
        if local is None:
            self.send_error(403)
            return
        try:
            data = local.read_bytes()
        except (FileNotFoundError, IsADirectoryError):
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", CONTENT_TYPES.get(local.suffix, "application/octet-stream"))
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("directory", help="exported wiki directory")
    parser.add_argument("--bind", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args()
    DocsHandler.root = Path(os.path.abspath(args.directory)).resolve()
    ThreadingHTTPServer((args.bind, args.port), DocsHandler).serve_forever()


if __name__ == "__main__":
    main()
