"""Detection on the labelled corpus (tests/corpus), with the gate's default policy.

Runs benchmarks/detection.py's measurement (the real semgrep, bandit and ruff over
440 small cases) and holds the acceptance line: TPR - FPR >= 0.6 overall and
>= 0.3 in every class. The full table is printed (pytest -s) and kept in the README.
"""

from __future__ import annotations

import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
import detection

pytestmark = pytest.mark.slow  # drives real scanners, git or pip


def test_gate_detection_on_the_corpus() -> None:
    corpus = REPO / "tests" / "corpus"
    report = detection.measure(corpus, corpus.parent)
    print(detection.render(report, markdown=False))
    assert len(report.per_class) == 20
    for name, tallies in report.per_class.items():
        t = tallies["gate"]
        assert t.tp + t.fn >= 10 and t.fp + t.tn >= 10, name
        assert t.tpr - t.fpr >= 0.3, f"{name}: TPR-FPR {t.tpr - t.fpr:.2f}"
    overall = report.overall["gate"]
    assert overall.tpr - overall.fpr >= 0.6
