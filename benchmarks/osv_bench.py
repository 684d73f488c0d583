"""Benchmark the local OSV database: load time and memory of N generated records,
and the end-to-end deps scan of the example, against a baseline in the same run.

    python benchmarks/osv_bench.py [--records 20000]

Prints: load seconds, records/s, peak memory (tracemalloc) and RSS growth, the
time of 1,000 queries, and the wall time of `scangate run --scanners pip-audit`
on examples/vulnerable-app with the bundled database, next to pip-audit's own
start-up (`pip-audit --version`) as the baseline.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
import zipfile
from pathlib import Path

from scangate.adapters.osv import database

REPO = Path(__file__).resolve().parents[1]


def generate(path: Path, n: int) -> None:
    rng = random.Random(42)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for i in range(n):
            name = f"pkg-{i % 5000}"
            lo = f"{rng.randint(0, 3)}.{rng.randint(0, 9)}"
            hi = f"{rng.randint(4, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}"
            rec = {
                "id": f"GEN-{i:06d}",
                "aliases": [f"CVE-2099-{i:05d}"],
                "summary": "generated advisory " * 3,
                "details": "x" * rng.randint(200, 1500),
                "modified": "2026-11-01T00:00:00Z",
                "affected": [
                    {
                        "package": {"ecosystem": "PyPI", "name": name},
                        "ranges": [
                            {
                                "type": "ECOSYSTEM",
                                "events": [{"introduced": lo}, {"fixed": hi}],
                            }
                        ],
                        "versions": [f"{lo}.{k}" for k in range(rng.randint(0, 30))],
                    }
                ],
                "severity": [
                    {"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}
                ],
            }
            zf.writestr(f"GEN-{i:06d}.json", json.dumps(rec))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=20000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        zpath = Path(tmp) / "gen.zip"
        generate(zpath, args.records)
        rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        t0 = time.perf_counter()
        db = database.load(zpath)
        load = time.perf_counter() - t0
        rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        # A second load under tracemalloc for the Python heap (tracing slows it down,
        # so the time above is measured without it).
        tracemalloc.start()
        database.load(zpath)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        t0 = time.perf_counter()
        for i in range(1000):
            db.query(f"pkg-{i % 5000}", "3.5.1")
        q = time.perf_counter() - t0
    print(f"OSV database of {db.records} records ({zpath.name}, zip)")
    print(f"  load {load:.2f}s ({db.records / load:,.0f} records/s)")
    print(
        f"  memory: tracemalloc peak {peak / 2**20:.0f} MiB, RSS growth {(rss1 - rss0) / 1024:.0f} MiB"
    )
    print(f"  1,000 queries {q * 1000:.1f} ms")

    env_cmd = [
        sys.executable,
        "-m",
        "scangate",
        "run",
        "-q",
        "--scanners",
        "pip-audit",
        "--osv-db",
        "examples/vulnerable-app/osv-db",
        "examples/vulnerable-app",
    ]
    t0 = time.perf_counter()
    subprocess.run(env_cmd, cwd=REPO, capture_output=True, check=False)
    scan = time.perf_counter() - t0
    pa = str(Path(sys.executable).parent / "pip-audit")
    t0 = time.perf_counter()
    subprocess.run([pa, "--version"], capture_output=True, check=False)
    base = time.perf_counter() - t0
    print(
        f"  deps scan of the example end to end: {scan:.2f}s; "
        f"pip-audit --version alone: {base:.2f}s; ratio {scan / base:.1f}x"
    )


if __name__ == "__main__":
    main()
