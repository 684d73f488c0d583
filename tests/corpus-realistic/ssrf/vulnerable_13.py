# corpus: cwe=918 label=vulnerable
"""Document conversion worker: fetches the source document and converts it to PDF."""
import json
import logging
import subprocess
import tempfile
from urllib.request import Request, urlopen

import redis

log = logging.getLogger("converter")
queue = redis.Redis.from_url("redis://localhost:6379/0")

QUEUE_NAME = "convert:jobs"
RESULT_KEY = "convert:result:{}"


def fetch_source(job):
    source = job["source"]
    url = source["url"] if isinstance(source, dict) else source
    request = Request(url, headers={"User-Agent": "converter/2.1"})
    with urlopen(request, timeout=20) as resp:
        return resp.read()


def convert(data, suffix=".docx"):
    with tempfile.TemporaryDirectory() as workdir:
        with tempfile.NamedTemporaryFile(suffix=suffix, dir=workdir, delete=False) as src:
            src.write(data)
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", workdir, src.name],
            check=True, timeout=120,
        )
        with open(src.name.rsplit(".", 1)[0] + ".pdf", "rb") as out:
            return out.read()


def work_forever():
    while True:
        _, raw = queue.blpop(QUEUE_NAME)
        job = json.loads(raw)
        try:
            pdf = convert(fetch_source(job))
            queue.set(RESULT_KEY.format(job["id"]), pdf, ex=3600)
        except Exception:
            log.exception("conversion %s failed", job.get("id"))


if __name__ == "__main__":
    work_forever()
