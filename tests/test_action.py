"""action.yml, run for real: its `run:` steps execute under bash with a simulated
GitHub environment (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_ACTION_PATH,
GITHUB_WORKSPACE, RUNNER_TEMP, RUNNER_TOOL_CACHE), as the runner would.

The install step builds scangate's virtualenv from this checkout once (module
scope, in a shared tool cache); later runs reuse it, as on a self-hosted runner.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from conftest import BIN, EXAMPLE, REPO
from scangate import sarif

EXPR = re.compile(r"\$\{\{\s*([^}]+?)\s*\}\}")


@dataclass
class ActionRun:
    code: int
    outputs: dict[str, str]
    summary: str
    stdout: str
    stderr: str


def _parse_output_file(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    lines = path.read_text().splitlines() if path.exists() else []
    i = 0
    while i < len(lines):
        line = lines[i]
        if "<<" in line and "=" not in line.split("<<")[0]:
            name, delim = line.split("<<", 1)
            i += 1
            buf = []
            while lines[i] != delim:
                buf.append(lines[i])
                i += 1
            out[name] = "\n".join(buf)
        elif "=" in line:
            name, value = line.split("=", 1)
            out[name] = value
        i += 1
    return out


def run_action(
    inputs: dict[str, str],
    workspace: Path,
    runner: Path,
    tool_cache: Path,
    github: dict[str, str] | None = None,
) -> ActionRun:
    """Run action.yml's steps under bash, as GitHub would; `github` sets the context
    (default: a push event)."""
    context = {"github.event_name": "push", "github.event.pull_request.base.sha": ""}
    context.update(github or {})
    action = yaml.safe_load((REPO / "action.yml").read_text())
    values = {k: str(v.get("default", "")) for k, v in action["inputs"].items()}
    unknown = set(inputs) - set(values)
    assert not unknown, f"not inputs of action.yml: {unknown}"
    values.update(inputs)
    steps: dict[str, dict[str, str]] = {}

    def evaluate(text: str) -> str:
        def one(m: re.Match[str]) -> str:
            expr = m.group(1)
            if expr.startswith("inputs."):
                return values[expr[len("inputs.") :]]
            if expr.startswith("steps."):
                _, sid, _, name = expr.split(".", 3)
                return steps.get(sid, {}).get(name, "")
            if expr == "github.action_path":
                return str(REPO)
            if expr == "runner.temp":
                return str(runner)
            if expr in context:
                return context[expr]
            raise AssertionError(f"expression not simulated: {expr}")

        return EXPR.sub(one, text)

    runner.mkdir(parents=True, exist_ok=True)
    summary = runner / "summary.md"
    summary.write_text("")
    base_env = {
        **os.environ,
        "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}",
        "GITHUB_ACTIONS": "true",
        "GITHUB_ACTION_PATH": str(REPO),
        "GITHUB_WORKSPACE": str(workspace),
        "GITHUB_STEP_SUMMARY": str(summary),
        "RUNNER_TEMP": str(runner),
        "RUNNER_TOOL_CACHE": str(tool_cache),
    }
    base_env.pop("SCANGATE_NO_CACHE", None)  # the action's `cache` input decides
    stdout, stderr, code = "", "", 0
    for n, step in enumerate(action["runs"]["steps"]):
        if "uses" in step:
            # actions/cache cannot run here; it must be pinned to a full commit SHA.
            assert re.fullmatch(r"[\w./-]+@[0-9a-f]{40}", step["uses"]), step["uses"]
            continue
        assert step.get("shell") == "bash", "every run step needs `shell: bash`"
        assert "${{" not in step["run"], "inputs must reach scripts through env: only"
        out_file = runner / f"output-{n}"
        out_file.write_text("")
        env = {**base_env, "GITHUB_OUTPUT": str(out_file)}
        env.update({k: evaluate(str(v)) for k, v in (step.get("env") or {}).items()})
        cwd = workspace / evaluate(step.get("working-directory", "."))
        script = runner / f"step-{n}.sh"
        script.write_text(step["run"])
        proc = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
            cwd=cwd, env=env, capture_output=True, text=True, timeout=1200, check=False,
        )  # fmt: skip
        stdout += proc.stdout
        stderr += proc.stderr
        steps[step.get("id", str(n))] = _parse_output_file(out_file)
        code = proc.returncode
        if code != 0:
            break
    outputs = {k: evaluate(v["value"]) for k, v in action["outputs"].items()}
    return ActionRun(code, outputs, summary.read_text(), stdout, stderr)


@pytest.fixture(scope="module")
def tool_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("toolcache")


@pytest.fixture
def vulnerable_workspace(tmp_path: Path) -> Path:
    ws = tmp_path / "ws"
    shutil.copytree(EXAMPLE, ws)
    return ws


def test_action_on_vulnerable_code(
    vulnerable_workspace: Path, tmp_path: Path, tool_cache: Path
) -> None:
    run = run_action(
        {"osv-db": "osv-db", "sarif-file": "out/scangate.sarif"},
        vulnerable_workspace,
        tmp_path / "runner",
        tool_cache,
    )
    assert run.code == 1, run.stderr[-3000:]
    assert run.outputs["verdict"] == "FAIL"
    assert run.outputs["exit-code"] == "1"
    assert int(run.outputs["blocking"]) >= 10
    assert int(run.outputs["findings"]) >= int(run.outputs["blocking"])
    assert run.outputs["unhealthy-scanners"] == ""
    assert run.outputs["sarif-file"] == "out/scangate.sarif"
    doc = json.loads((vulnerable_workspace / "out" / "scangate.sarif").read_text())
    assert sarif.validate(doc) == []
    # Summary: verdict, scanner health table, blocking findings, under 1 MiB.
    assert "## ❌ scangate: FAIL (exit 1)" in run.summary
    assert "| semgrep | primary | 🟢 ok |" in run.summary
    assert "### Blocking findings" in run.summary
    assert len(run.summary.encode()) < 1024 * 1024
    # Annotations: at most 10 errors, escaped workflow commands, most severe first.
    errors = [ln for ln in run.stdout.splitlines() if ln.startswith("::error ")]
    assert 1 <= len(errors) <= 10
    assert errors[0].startswith("::error file=requirements.txt,line=")
    assert "title=critical%3A " in errors[0]
    for ln in errors:
        props, _, message = ln[len("::error ") :].partition("::")
        assert "\n" not in message
        assert re.fullmatch(r"file=[^,]+,line=\d+(,endLine=\d+)?(,col=\d+)?,title=[^,]*", props), ln
    assert "more finding(s) not annotated" in run.stdout
    assert (tool_cache / "scangate").is_dir()  # the virtualenv was cached
    assert list((tmp_path / "runner" / "scangate-cache" / "results").rglob("*.json"))


def test_action_on_clean_code_passes(tmp_path: Path, tool_cache: Path) -> None:
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "app.py").write_text("def add(a, b):\n    return a + b\n")
    run = run_action({"scanners": "semgrep,bandit"}, ws, tmp_path / "runner", tool_cache)
    assert run.code == 0, run.stderr[-3000:]
    assert run.outputs["verdict"] == "PASS"
    assert run.outputs["blocking"] == "0"
    assert "## ✅ scangate: PASS (exit 0)" in run.summary
    assert not [ln for ln in run.stdout.splitlines() if ln.startswith("::error")]


def test_action_on_a_pull_request_that_weakens_the_config(tmp_path: Path, tool_cache: Path) -> None:
    """A pull request lowers the quorum in the repository's own config. The Action
    compares it with the base commit (policy-base: auto) and names the weakening in the
    summary; with forbid-weakening it is an ERROR (exit 3)."""
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "app.py").write_text("def add(a, b):\n    return a + b\n")
    (ws / "scangate.toml").write_text("[quorum]\nsast = 2\n")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git, "init", "-q"], cwd=ws, check=True)
    subprocess.run([*git, "add", "."], cwd=ws, check=True)
    subprocess.run([*git, "commit", "-qm", "base"], cwd=ws, check=True)
    base = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=ws, capture_output=True, text=True, check=True
    ).stdout.strip()
    (ws / "scangate.toml").write_text("[quorum]\nsast = 1\n")
    pr = {"github.event_name": "pull_request", "github.event.pull_request.base.sha": base}
    inputs = {"scanners": "semgrep,bandit", "cache": "false"}
    run = run_action(inputs, ws, tmp_path / "runner", tool_cache, github=pr)
    assert run.code == 0, run.stderr[-3000:]
    assert f"WEAKER than at {base}: quorum.sast 2 -> 1" in run.summary
    strict = run_action(
        {**inputs, "forbid-weakening": "true"}, ws, tmp_path / "runner2", tool_cache, github=pr
    )
    assert strict.code == 3, strict.stderr[-3000:]
    assert strict.outputs["verdict"] == "ERROR"
    assert f"weakens the gate against {base}" in strict.summary


def test_action_report_only_mode(
    vulnerable_workspace: Path, tmp_path: Path, tool_cache: Path
) -> None:
    run = run_action(
        {"fail-on-error": "false", "scanners": "bandit", "paths": "app.py"},
        vulnerable_workspace,
        tmp_path / "runner",
        tool_cache,
    )
    assert run.code == 0
    assert run.outputs["verdict"] == "FAIL"
    assert run.outputs["exit-code"] == "1"


def test_action_inputs_are_never_code(tmp_path: Path, tool_cache: Path) -> None:
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "a.py").write_text("x = 1\n")
    run = run_action(
        {
            "paths": "a.py\n$(touch pwned1)\n`touch pwned2`",
            "args": "; touch pwned3 && echo",
            "scanners": "bandit$(touch pwned4)",
        },
        ws,
        tmp_path / "runner",
        tool_cache,
    )
    assert run.code == 2  # bad input: a usage error, nothing executed
    assert run.outputs["verdict"] == "ERROR"
    assert not list(ws.glob("pwned*"))
    assert not list((tmp_path / "runner").glob("pwned*"))


def test_zizmor_finds_nothing_in_action_and_workflow(tmp_path: Path) -> None:
    zizmor = shutil.which("zizmor", path=str(BIN))
    assert zizmor, "zizmor is in the test extra"
    files = [str(REPO / "action.yml"), str(REPO / "examples" / "workflows" / "scangate.yml")]
    proc = subprocess.run(
        [zizmor, "--offline", *files], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    # ...and it would have: the same action with an input interpolated into a script.
    bad = (
        (REPO / "action.yml")
        .read_text()
        .replace(
            'cmd=("$SCANGATE_VENV/bin/scangate" run',
            'echo "${{ inputs.paths }}"\n        cmd=("$SCANGATE_VENV/bin/scangate" run',
        )
    )
    (tmp_path / "action.yml").write_text(bad)
    proc = subprocess.run(
        [zizmor, "--offline", str(tmp_path / "action.yml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode != 0
    assert "template-injection" in proc.stdout


def test_example_workflow_uploads_sarif_always() -> None:
    wf = yaml.safe_load((REPO / "examples" / "workflows" / "scangate.yml").read_text())
    job = wf["jobs"]["scan"]
    assert job["permissions"]["security-events"] == "write"
    upload = next(s for s in job["steps"] if "upload-sarif" in s.get("uses", ""))
    assert upload["if"] == "always()"
    scan = next(s for s in job["steps"] if s.get("id") == "scangate")
    assert upload["with"]["sarif_file"] == scan["with"]["sarif-file"]


def test_readme_shows_the_tested_workflow() -> None:
    readme = (REPO / "README.md").read_text()
    workflow = (REPO / "examples" / "workflows" / "scangate.yml").read_text()
    assert "## Use in GitHub Actions" in readme
    assert workflow in readme
