"""Detection on the two labelled corpora, with the gate's default policy.

Runs benchmarks/detection.py's measurement (the real semgrep, bandit and ruff: one
gate run and one ruff run per corpus) and holds the acceptance lines:

- tests/corpus (20 classes x 10 + 10 small cases, written together with the rules):
  TPR - FPR >= 0.6 overall and >= 0.3 in every class;
- tests/corpus-realistic (20 classes x 15 + 15 application-style cases, written
  before rule pack v2 by writers who did not see the rules): TPR - FPR >= 0.75
  overall and >= 0.4 in every class.

The full tables are printed (pytest -s) and kept in docs/rules.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import REPO, scangate_json

sys.path.insert(0, str(REPO / "benchmarks"))
import detection

pytestmark = pytest.mark.slow

LINES = {
    # corpus folder: (cases per label and class, overall floor, per-class floor)
    "corpus": (10, 0.6, 0.3),
    "corpus-realistic": (15, 0.75, 0.4),
}


@pytest.fixture(scope="module")
def reports() -> dict[str, detection.Report]:
    """Both corpora measured once: one gate run and one ruff run each."""
    out = {}
    for name in LINES:
        corpus = REPO / "tests" / name
        out[name] = detection.measure(corpus, corpus.parent)
        print(f"\n{name}\n" + detection.render(out[name], markdown=False))
    return out


@pytest.mark.parametrize("name", sorted(LINES))
def test_gate_detection_on_the_corpus(name: str, reports: dict[str, detection.Report]) -> None:
    per_label, overall_floor, class_floor = LINES[name]
    report = reports[name]
    assert len(report.per_class) == 20
    for cls, tallies in report.per_class.items():
        t = tallies["gate"]
        assert t.tp + t.fn >= per_label and t.fp + t.tn >= per_label, cls
        assert t.tpr - t.fpr >= class_floor, f"{name}/{cls}: TPR-FPR {t.tpr - t.fpr:.2f}"
    overall = report.overall["gate"]
    assert overall.tpr - overall.fpr >= overall_floor, f"{name}: {overall.tpr - overall.fpr:.3f}"


def test_the_readme_shows_both_corpora_as_measured(reports: dict[str, detection.Report]) -> None:
    """Every figure of the README's detection table is this run's measurement."""
    readme = (REPO / "README.md").read_text()
    table = detection.summary(reports)
    assert table in readme, "README's detection table is stale; it should be:\n" + table


def test_sql_built_in_a_data_access_function_blocks_and_a_parameterized_one_does_not(
    tmp_path: Path,
) -> None:
    """The shape of most real SQL injection: the route hands a request value to a
    data-access function in another module, which builds the statement from its
    parameter. It must block (two votes, or one high); the parameterized query
    beside it must not."""
    (tmp_path / "views.py").write_text(
        "from flask import Flask, request\n\nimport repo\n\napp = Flask(__name__)\n\n\n"
        '@app.route("/users")\ndef users():\n'
        '    return repo.find_users(get_db(), request.args["name"])\n\n\n'
        '@app.route("/users/safe")\ndef users_safe():\n'
        '    return repo.find_users_safe(get_db(), request.args["name"])\n'
    )
    (tmp_path / "repo.py").write_text(
        "def find_users(conn, name):\n"
        "    sql = \"SELECT id, email FROM users WHERE name = '%s'\" % name\n"
        "    return conn.execute(sql).fetchall()\n\n\n"
        "def find_users_safe(conn, name):\n"
        '    sql = "SELECT id, email FROM users WHERE name = ?"\n'
        "    return conn.execute(sql, (name,)).fetchall()\n"
    )
    code, report, _ = scangate_json(".", "-s", "semgrep,bandit", cwd=tmp_path)
    sql = [
        g for g in report["groups"]
        if g["findings"][0]["path"] == "repo.py" and "CWE-89" in g["findings"][0]["cwe"]
    ]  # fmt: skip
    unsafe = [g for g in sql if g["findings"][0]["start_line"] in (2, 3)]
    assert unsafe and all(g["blocking"] for g in unsafe), sql
    assert any(len(g["scanners"]) == 2 or g["severity"] == "high" for g in unsafe), unsafe
    assert code == 1
    assert not [g for g in sql if g["findings"][0]["start_line"] >= 6 and g["blocking"]], sql
