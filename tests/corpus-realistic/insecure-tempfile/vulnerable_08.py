# corpus: cwe=377 label=vulnerable
"""Stream a large table dump to a compressor through a named pipe."""
import logging
import os
import subprocess
import tempfile
import threading

log = logging.getLogger(__name__)


def make_pipe():
    name = tempfile.mktemp(prefix="dump-fifo-")
    os.mkfifo(name, 0o600)
    return name


def start_compressor(fifo, output):
    return subprocess.Popen(["zstd", "-q", "-f", "-o", output, fifo])


def write_rows(fifo, rows):
    with open(fifo, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write("\t".join(str(col) for col in row))
            fh.write("\n")


class TableExporter:
    def __init__(self, connection, table_whitelist):
        self.connection = connection
        self.tables = set(table_whitelist)

    def rows(self, table):
        if table not in self.tables:
            raise ValueError("table not exportable: %s" % table)
        cur = self.connection.cursor()
        cur.execute({"orders": "SELECT * FROM orders", "customers": "SELECT * FROM customers"}[table])
        for row in cur:
            yield row

    def export(self, table, output):
        fifo = make_pipe()
        proc = start_compressor(fifo, output)
        writer = threading.Thread(target=write_rows, args=(fifo, self.rows(table)))
        writer.start()
        writer.join()
        code = proc.wait()
        os.unlink(fifo)
        log.info("exported %s to %s (exit %s)", table, output, code)
        return code == 0
