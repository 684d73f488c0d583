"""The pre-commit hook's overhead over semgrep's own start-up, on a handful of files.

    python benchmarks/hook_bench.py [FILES...] [--repeat N]

Baseline: semgrep alone with scangate's command line on the same files. Then
the hook's command (`scangate run --quiet --scanners semgrep,bandit,ruff -- FILES`).
Prints best-of-N wall times and the ratio; nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def best(argv: list[str], repeat: int, cwd: Path) -> float:
    env = {**os.environ, "SEMGREP_ENABLE_VERSION_CHECK": "0"}
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(argv, cwd=cwd, env=env, capture_output=True, check=False)
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    files = args.files or [
        str(p) for p in sorted((REPO / "examples" / "vulnerable-app").glob("*.py"))
    ]
    files = [os.path.abspath(f) for f in files]
    semgrep = [
        str(BIN / "semgrep"),
        "scan",
        "--config",
        str(REPO / "rules"),
        "--json",
        "--metrics=off",
        "--disable-version-check",
        "--no-git-ignore",
        "--quiet",
        "--",
        *files,
    ]
    hook = [
        sys.executable,
        "-m",
        "scangate",
        "run",
        "--quiet",
        "--scanners",
        "semgrep,bandit,ruff",
        "--",
        *files,
    ]
    base = best(semgrep, args.repeat, REPO)
    cold = best([*hook[:4], "--no-cache", *hook[4:]], args.repeat, REPO)
    warm = best(hook, args.repeat, REPO)
    print(f"{len(files)} files, best of {args.repeat}")
    print(f"  semgrep alone:                  {base:.2f}s")
    print(
        f"  scangate hook, no cache:        {cold:.2f}s "
        f"(overhead {cold - base:+.2f}s, {cold / base:.2f}x semgrep alone)"
    )
    print(f"  scangate hook, files unchanged: {warm:.2f}s ({warm / base:.2f}x)")


if __name__ == "__main__":
    main()
