"""A third-party scanner: one adapter module in its own package, one entry point.

The package is built and installed for real (`pip install --target`, on the
PYTHONPATH of the scangate processes), and no file of scangate changes. Its
scanner, `tinyscan`, is a few lines of Python that flag `eval(` and list what they
read; it runs in `scangate run`, and counts toward the quorum like any scanner
(here the SAST primaries are fault-injection fakes that crash).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import fake_command, runs_by_name, scangate_json, toml_list

pytestmark = pytest.mark.slow  # drives real scanners, git or pip

ADAPTER = '''
"""tinyscan's adapter for scangate."""
import json
import sys

from scangate.adapters.interface import Adapter, Invocation, Outcome, ScanContext, load_json
from scangate.model import Category, Finding, Location, Rule, Severity


class TinyScanAdapter(Adapter):
    name = "tinyscan"
    category = Category.SAST
    executable = "tinyscan"
    tool_name = "tinyscan"

    def invocations(self, ctx: ScanContext) -> list[Invocation]:
        argv = (sys.executable, "-m", "tinyscan.cli", "--", *(ctx.abs(t) for t in ctx.targets))
        return [Invocation(argv, ctx.targets)]

    def version_argv(self, ctx: ScanContext) -> tuple[str, ...]:
        return (sys.executable, "-m", "tinyscan.cli", "--version")

    def checks(self, ctx: ScanContext) -> frozenset[int]:
        return frozenset({95})

    def parse(self, ctx: ScanContext, inv: Invocation, result) -> Outcome:
        data = load_json(result, "tinyscan")
        rule = Rule("TS1", "eval", "TS1: eval", "eval of a value", "Do not eval.", cwes=(95,),
                    severity=Severity.HIGH)
        findings = tuple(
            Finding("tinyscan", Category.SAST, "TS1", "eval of a value", Severity.HIGH,
                    Location(ctx.rel(r["path"]), r["line"], r["line"]), cwes=(95,))
            for r in data["results"]
        )
        examined = tuple(t for t in inv.targets if ctx.abs(t) in data["scanned"])
        return Outcome(findings, (rule,) if findings else (), examined)
'''
CLI = """
import json
import sys

if sys.argv[1:] == ["--version"]:
    print("tinyscan 1.0.0")
    raise SystemExit(0)
files = sys.argv[sys.argv.index("--") + 1:]
results = []
for f in files:
    for n, line in enumerate(open(f, encoding="utf-8"), 1):
        if "eval(" in line:
            results.append({"path": f, "line": n})
print(json.dumps({"scanned": files, "results": results}))
"""


def install(tmp_path: Path, entry: str) -> Path:
    """Build and install a plugin package with this entry point; return its folder."""
    src = tmp_path / "tinyscan-src"
    (src / "tinyscan").mkdir(parents=True)
    (src / "tinyscan" / "__init__.py").write_text("")
    (src / "tinyscan" / "adapter.py").write_text(ADAPTER)
    (src / "tinyscan" / "cli.py").write_text(CLI)
    (src / "tinyscan" / "broken.py").write_text("NOT_AN_ADAPTER = 1\n")
    (src / "pyproject.toml").write_text(
        '[build-system]\nrequires = ["setuptools>=61"]\nbuild-backend = "setuptools.build_meta"\n'
        '[project]\nname = "tinyscan"\nversion = "1.0.0"\n'
        f'[project.entry-points."scangate.adapters"]\n{entry}\n'
        '[tool.setuptools]\npackages = ["tinyscan"]\n'
    )
    target = tmp_path / "site"
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation",
         "--target", str(target), str(src)],
        capture_output=True, text=True, check=False, timeout=600,
    )  # fmt: skip
    if proc.returncode != 0:  # no setuptools beside this interpreter: let pip fetch it
        proc = subprocess.run(
            [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target),
             str(src)],
            capture_output=True, text=True, check=False, timeout=600,
        )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    return target


def plugin_env(site: Path) -> dict[str, str]:
    path = os.pathsep.join(p for p in (str(site), os.environ.get("PYTHONPATH", "")) if p)
    return {"PYTHONPATH": path, "SCANGATE_NO_CACHE": "1"}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return install(
        tmp_path_factory.mktemp("plugin"), 'tinyscan = "tinyscan.adapter:TinyScanAdapter"'
    )


def test_a_plugin_runs_and_counts_toward_the_quorum(site: Path, tmp_path: Path) -> None:
    crash = "".join(
        f"[scanners.{n}]\ncommand = {toml_list(fake_command('crash', n))}\n"
        for n in ("semgrep", "bandit")
    )
    (tmp_path / "scangate.toml").write_text(crash)
    (tmp_path / "calc.py").write_text("def calc(expr):\n    return eval(expr)\n")
    (tmp_path / "clean.py").write_text("def add(a, b):\n    return a + b\n")
    env = plugin_env(site)
    code, report, err = scangate_json(
        "--trust-config", "-s", "semgrep,bandit,tinyscan", ".", cwd=tmp_path, env=env
    )
    runs = runs_by_name(report)
    assert runs["tinyscan"]["status"] == "ok", runs["tinyscan"]
    assert runs["tinyscan"]["version"] == "1.0.0"
    assert runs["semgrep"]["status"] == runs["bandit"]["status"] == "failed"
    assert code == 1  # tinyscan's finding blocks
    assert any(g["scanners"] == ["tinyscan"] and g["blocking"] for g in report["groups"])
    # Without the flaw: the crashed primaries are survived because tinyscan covered
    # every file (quorum 1). Without tinyscan, nothing covers them: ERROR.
    (tmp_path / "calc.py").write_text("def calc(expr):\n    return len(expr)\n")
    code, report, _ = scangate_json(
        "--trust-config", "-s", "semgrep,bandit,tinyscan", ".", cwd=tmp_path, env=env
    )
    assert code == 0, report["reasons"]
    code, report, _ = scangate_json(
        "--trust-config", "-s", "semgrep,bandit", ".", cwd=tmp_path, env=env
    )
    assert code == 3


@pytest.mark.parametrize(
    ("entry", "says"),
    [
        ('tinyscan = "tinyscan.broken:NOT_AN_ADAPTER"', "is not a subclass of scangate's Adapter"),
        ('tinyscan = "tinyscan.missing:Nope"', "cannot be loaded: ModuleNotFoundError"),
        ('bandit = "tinyscan.adapter:TinyScanAdapter"', "reuses the name of scanner 'bandit'"),
        ('other = "tinyscan.adapter:TinyScanAdapter"', "names itself 'tinyscan'"),
    ],
)
def test_an_invalid_plugin_is_an_error_naming_it(tmp_path: Path, entry: str, says: str) -> None:
    site = install(tmp_path, entry)
    (tmp_path / "a.py").write_text("x = 1\n")
    proc = subprocess.run(
        [sys.executable, "-m", "scangate", "run", "."],
        cwd=tmp_path, env={**os.environ, **plugin_env(site)}, capture_output=True, text=True,
        check=False, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 2, proc.stderr
    assert says in proc.stderr and "scanner plugin" in proc.stderr
    assert "Traceback" not in proc.stderr
