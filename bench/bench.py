"""Benchmark: scangate's wall time against each scanner alone, measured in the same run.

    python bench/bench.py PATH [--repeat N] [--scanners semgrep,bandit,ruff]

Each scanner is first run alone with exactly the command line its adapter
builds (same rules, same files), then `scangate run` with the same scanners.
Prints wall and CPU seconds and the ratios that matter:
  scangate / slowest scanner  (1.0 = parallelism is free)
  scangate / sum of scanners  (what running them one after another would cost)
Targets are not asserted anywhere: speed is measured, not tested.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from scangate import config as config_mod
from scangate import targets as targets_mod
from scangate.adapters import registry
from scangate.adapters.interface import ScanContext


def timed(argv: list[str], env: dict[str, str], cwd: str) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--scanners", default="semgrep,bandit")
    args = ap.parse_args()
    names = args.scanners.split(",")
    root = Path(os.path.abspath(args.path))
    found = targets_mod.discover([str(root)], root, config_mod.DEFAULT_EXCLUDE)
    reg = registry()
    env = {**os.environ, "SEMGREP_ENABLE_VERSION_CHECK": "0"}
    rows: dict[str, list[tuple[float, float]]] = {n: [] for n in [*names, "scangate"]}
    for _ in range(args.repeat):
        for name in names:
            adapter = reg[name]()
            with tempfile.TemporaryDirectory() as wd:
                ctx = ScanContext(
                    root, found[adapter.category], config_mod.Config().settings(name), Path(wd)
                )
                inv = adapter.invocations(ctx)[0]
                rows[name].append(timed(list(inv.argv), {**env, **inv.env}, inv.cwd or wd))
        argv = [sys.executable, "-m", "scangate", "run", "-q", "--scanners", args.scanners, "."]
        rows["scangate"].append(timed(argv, env, str(root)))
    files = sum(len(v) for v in found.values())
    print(f"{root}: {files} target files, {os.cpu_count()} cores, best of {args.repeat}")
    best = {k: min(v) for k, v in rows.items()}
    for k, (wall, cpu) in best.items():
        med = statistics.median(w for w, _ in rows[k])
        print(f"  {k:10s} wall {wall:6.2f}s (median {med:6.2f}s)  cpu {cpu:6.2f}s")
    slowest = max(best[n][0] for n in names)
    total = sum(best[n][0] for n in names)
    sg = best["scangate"][0]
    print(f"  scangate / slowest scanner = {sg / slowest:.2f}")
    print(f"  scangate / sum of scanners = {sg / total:.2f}")
    cpu_bound = sum(best[n][1] for n in names) / (os.cpu_count() or 1)
    print(
        f"  CPU bound (scanner CPU / cores) = {cpu_bound:.2f}s; scangate / CPU bound = "
        f"{sg / cpu_bound:.2f}"
    )


if __name__ == "__main__":
    main()
