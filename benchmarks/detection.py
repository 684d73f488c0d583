"""Detection report: how well each scanner, their union, and the gate catch each class.

    python benchmarks/detection.py [CORPUS] [--markdown] [--json FILE]
    python benchmarks/detection.py --both [--markdown] [--json FILE]

CORPUS (default tests/corpus) holds one folder per vulnerability class with
files whose first line is `# corpus: cwe=<N> label=vulnerable|safe`. Each file
is one case. A case counts as *detected* by:
  - a scanner alone: that scanner reports, in that file, a finding whose
    (normalized) CWE is of the case's CWE family (any severity);
  - the union: any of the scanners does;
  - the gate: the default policy makes a *blocking* group in that file whose CWE
    is of that family (a blocking finding of another class does not count).
Vulnerable + detected = TP, vulnerable + missed = FN, safe + detected = FP,
safe + not detected = TN. Per class and overall: TP/FP/TN/FN, TPR, FPR, TPR-FPR.

The gate runs with its default configuration (semgrep and bandit primary,
ruff standby); ruff's own column comes from a run of ruff alone.

--both reports the two labelled corpora one after the other: tests/corpus (written
together with the rules) and tests/corpus-realistic (written before rule pack v2
by writers who did not see the rules). With --json, the file holds both reports
under the corpus folder names.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scangate.cwe import family, parse_cwes

REPO = Path(__file__).resolve().parents[1]
HEADER = re.compile(r"#\s*corpus:\s*cwe=(\d+)\s+label=(vulnerable|safe)")
COLUMNS = ("semgrep", "bandit", "ruff", "union", "gate")


@dataclass
class Case:
    path: str  # relative to the scan root
    cls: str
    cwe: int
    vulnerable: bool


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    tn: int = 0
    fn: int = 0

    def add(self, vulnerable: bool, detected: bool) -> None:
        if vulnerable:
            self.tp += detected
            self.fn += not detected
        else:
            self.fp += detected
            self.tn += not detected

    @property
    def tpr(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def fpr(self) -> float:
        return self.fp / (self.fp + self.tn) if self.fp + self.tn else 0.0


@dataclass
class Report:
    per_class: dict[str, dict[str, Tally]] = field(default_factory=dict)
    overall: dict[str, Tally] = field(default_factory=lambda: {c: Tally() for c in COLUMNS})


def load_cases(corpus: Path, root: Path) -> list[Case]:
    cases = []
    for path in sorted(corpus.rglob("*.py")):
        first = path.read_text(encoding="utf-8").splitlines()[:1]
        m = HEADER.match(first[0]) if first else None
        if not m:
            continue
        cases.append(
            Case(
                path.relative_to(root).as_posix(),
                path.parent.name,
                int(m.group(1)),
                m.group(2) == "vulnerable",
            )
        )
    return cases


def scan(corpus: Path, root: Path, scanners: str | None) -> dict[str, Any]:
    argv = [sys.executable, "-m", "scangate", "run", "--format", "json", str(corpus)]
    if scanners:
        argv[4:4] = ["--scanners", scanners]
    env = {**os.environ, "SEMGREP_ENABLE_VERSION_CHECK": "0"}
    proc = subprocess.run(argv, cwd=root, env=env, capture_output=True, text=True, check=False)
    if proc.returncode == 2 or not proc.stdout.strip():
        raise SystemExit(f"scangate failed: {proc.stderr.strip()[-2000:]}")
    data: dict[str, Any] = json.loads(proc.stdout)
    return data


def related(cwes: list[str], cwe: int) -> bool:
    fam = family(cwe)
    return any(c in fam for c in parse_cwes(cwes))


def measure(corpus: Path, root: Path) -> Report:
    cases = load_cases(corpus, root)
    gate = scan(corpus, root, None)
    ruff = scan(corpus, root, "ruff")
    by_file: dict[str, list[tuple[str, list[str], bool]]] = defaultdict(list)
    for data, only in ((gate, None), (ruff, "ruff")):
        for g in data["groups"]:
            for f in g["findings"]:
                if only is None or f["scanner"] == only:
                    by_file[f["path"]].append((f["scanner"], f["cwe"], g["blocking"]))
    # A blocking group is a gate detection for every CWE family its members name.
    blocking: dict[str, list[list[str]]] = defaultdict(list)
    for g in gate["groups"]:
        if g["blocking"]:
            for f in g["findings"]:
                blocking[f["path"]].append([c for m in g["findings"] for c in m["cwe"]])
    report = Report()
    for case in cases:
        hits = by_file.get(case.path, [])
        detected = {
            name: any(s == name and related(c, case.cwe) for s, c, _ in hits)
            for name in ("semgrep", "bandit", "ruff")
        }
        detected["union"] = any(detected.values())
        detected["gate"] = any(related(c, case.cwe) for c in blocking.get(case.path, []))
        tallies = report.per_class.setdefault(case.cls, {c: Tally() for c in COLUMNS})
        for col in COLUMNS:
            tallies[col].add(case.vulnerable, detected[col])
            report.overall[col].add(case.vulnerable, detected[col])
    return report


def render(report: Report, markdown: bool) -> str:
    lines = []
    head = ["class"] + [f"{c} TP/FP/TN/FN TPR FPR Δ" for c in COLUMNS]
    if markdown:
        lines.append(
            "| class | "
            + " | ".join(f"{c}: TP/FP/TN/FN, TPR, FPR, TPR-FPR" for c in COLUMNS)
            + " |"
        )
        lines.append("|---" * (len(COLUMNS) + 1) + "|")
    else:
        lines.append("  ".join(head))

    def cell(t: Tally) -> str:
        return f"{t.tp}/{t.fp}/{t.tn}/{t.fn}, {t.tpr:.2f}, {t.fpr:.2f}, {t.tpr - t.fpr:+.2f}"

    rows = [
        *sorted(report.per_class.items()),
        ("**overall**" if markdown else "OVERALL", report.overall),
    ]
    for name, tallies in rows:
        cells = [cell(tallies[c]) for c in COLUMNS]
        lines.append(
            f"| {name} | " + " | ".join(cells) + " |"
            if markdown
            else f"{name:24s} " + " | ".join(cells)
        )
    return "\n".join(lines)


# The two labelled corpora: one written together with the rules, one written before
# rule pack v2 by people who never saw the rules.
CORPORA = {
    "corpus": "written together with the rules",
    "corpus-realistic": "written before rule pack v2 by writers who did not see the rules",
}


def as_json(report: Report) -> dict[str, Any]:
    """The report as JSON: per class (and overall) each column's tallies, TPR and FPR."""
    return {
        name: {c: vars(t) | {"tpr": t.tpr, "fpr": t.fpr} for c, t in tallies.items()}
        for name, tallies in [*report.per_class.items(), ("overall", report.overall)]
    }


def summary(reports: dict[str, Report]) -> str:
    """Both corpora in one markdown table of TPR-FPR: the gate on each, and semgrep
    and bandit alone on the realistic one (the README's table; a test compares)."""
    old, new = reports["corpus"], reports["corpus-realistic"]
    lines = [
        "| class | `tests/corpus`: gate | `tests/corpus-realistic`: gate | semgrep alone "
        "| bandit alone |",
        "|---|---|---|---|---|",
    ]

    def row(name: str, a: dict[str, Tally], b: dict[str, Tally]) -> str:
        cells = [a["gate"], b["gate"], b["semgrep"], b["bandit"]]
        return f"| {name} | " + " | ".join(f"{t.tpr - t.fpr:+.2f}" for t in cells) + " |"

    for cls in sorted(new.per_class):
        lines.append(row(cls, old.per_class[cls], new.per_class[cls]))
    lines.append(row("**overall**", old.overall, new.overall))
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(REPO / "tests" / "corpus"))
    ap.add_argument(
        "--both", action="store_true", help="report tests/corpus and tests/corpus-realistic"
    )
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--json", dest="json_out")
    args = ap.parse_args()
    if args.both:
        out: dict[str, Any] = {}
        reports = {}
        for i, (name, how) in enumerate(CORPORA.items()):
            corpus = REPO / "tests" / name
            reports[name] = report = measure(corpus, corpus.parent)
            title = f"tests/{name} ({how})"
            print(("\n" if i else "") + (f"### {title}\n" if args.markdown else f"== {title}"))
            print(render(report, args.markdown))
            out[name] = as_json(report)
        print("\n" + ("### TPR-FPR, both corpora (README)\n" if args.markdown else "== summary"))
        print(summary(reports))
        if args.json_out:
            Path(args.json_out).write_text(json.dumps(out, indent=2))
        return
    corpus = Path(args.corpus).resolve()
    report = measure(corpus, corpus.parent)
    print(render(report, args.markdown))
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(as_json(report), indent=2))


if __name__ == "__main__":
    main()
