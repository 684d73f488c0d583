# corpus: cwe=377 label=safe
"""Stream a large table dump to a compressor through a named pipe."""
import logging
import os
import shutil
import subprocess
import tempfile
import threading

log = logging.getLogger(__name__)

QUERIES = {"orders": "SELECT * FROM orders", "customers": "SELECT * FROM customers"}


class PipeDir:
    def __enter__(self):
        self.path = tempfile.mkdtemp(prefix="dump-")
        return self.path

    def __exit__(self, *exc):
        shutil.rmtree(self.path, ignore_errors=True)


def write_rows(fifo, rows):
    with open(fifo, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write("\t".join(str(col) for col in row) + "\n")


class TableExporter:
    def __init__(self, connection):
        self.connection = connection

    def rows(self, table):
        cur = self.connection.cursor()
        cur.execute(QUERIES[table])
        yield from cur

    def export(self, table, output):
        if table not in QUERIES:
            raise ValueError("table not exportable: %s" % table)
        with PipeDir() as workdir:
            fifo = os.path.join(workdir, "rows.fifo")
            os.mkfifo(fifo, 0o600)
            proc = subprocess.Popen(["zstd", "-q", "-f", "-o", output, fifo])
            writer = threading.Thread(target=write_rows, args=(fifo, self.rows(table)))
            writer.start()
            writer.join()
            code = proc.wait()
        log.info("exported %s to %s (exit %s)", table, output, code)
        return code == 0
