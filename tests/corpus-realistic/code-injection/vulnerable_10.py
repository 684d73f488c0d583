# corpus: cwe=94 label=vulnerable
"""Remote diagnostics console for long-running game servers."""
import code
import io
import logging
import os
import socketserver
from contextlib import redirect_stderr, redirect_stdout

log = logging.getLogger("diag-console")

LISTEN = (os.environ["DIAG_BIND"], int(os.environ.get("DIAG_PORT", "7070")))
GAME_STATE = {"players": {}, "tick": 0, "map": "lobby"}


class ConsoleHandler(socketserver.StreamRequestHandler):
    def setup(self):
        super().setup()
        self.interp = code.InteractiveInterpreter({"state": GAME_STATE})
        self.buffer = []

    def feed(self, line):
        self.buffer.append(line)
        out = io.StringIO()
        with redirect_stdout(out), redirect_stderr(out):
            more = self.interp.runsource("\n".join(self.buffer), "<console>")
        if not more:
            self.buffer.clear()
        return more, out.getvalue()

    def handle(self):
        log.info("console opened from %s", self.client_address[0])
        self.wfile.write(b">>> ")
        for raw in self.rfile:
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            if line in ("quit", "exit"):
                break
            more, output = self.feed(line)
            self.wfile.write(output.encode() + (b"... " if more else b">>> "))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    with socketserver.ThreadingTCPServer(LISTEN, ConsoleHandler) as server:
        server.serve_forever()
