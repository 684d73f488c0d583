"""action.yml, run for real: its `run:` steps execute under bash with a simulated
GitHub environment (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_ACTION_PATH,
GITHUB_WORKSPACE, RUNNER_TEMP, RUNNER_TOOL_CACHE), as the runner would.

`actions/cache/restore` and `actions/cache/save` are simulated with a folder as
the cache service (exact key, then the newest entry a restore-key prefixes;
entries are immutable), and steps' `if:` conditions are evaluated, so that a
second job on a fresh runner meets what the first one saved.

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
from scangate.report.sarif import write as sarif

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


CACHE_ACTION = re.compile(r"actions/cache/(restore|save)@[0-9a-f]{40}")


def _cache_step(kind: str, args: dict[str, str], store: Path | None) -> dict[str, str]:
    """actions/cache/restore or /save against a local folder standing for GitHub's cache
    (None: no cache service, every restore misses)."""
    if store is None:
        return {"cache-hit": "false"} if kind == "restore" else {}
    path, key = Path(args["path"]), args["key"]
    store.mkdir(parents=True, exist_ok=True)
    if kind == "save":
        if not (store / key).exists() and path.exists():
            shutil.copytree(path, store / key, symlinks=True)
        return {}
    if (store / key).exists():
        found, hit = store / key, "true"
    else:
        prefixes = [ln.strip() for ln in args.get("restore-keys", "").splitlines() if ln.strip()]
        older = sorted(store.iterdir(), key=lambda e: e.stat().st_mtime, reverse=True)
        found = next((e for p in prefixes for e in older if e.name.startswith(p)), None)
        hit = "false"
    if found is not None:
        shutil.rmtree(path, ignore_errors=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(found, path, symlinks=True)
    return {"cache-hit": hit}


def run_action(
    inputs: dict[str, str],
    workspace: Path,
    runner: Path,
    tool_cache: Path,
    github: dict[str, str] | None = None,
    cache_store: Path | None = None,
) -> ActionRun:
    """Run action.yml's steps under bash, as GitHub would; `github` sets the context
    (default: a push event); `cache_store` is the cache service (default: none, so
    every cache step misses: a runner's first job)."""
    context = {
        "github.event_name": "push",
        "github.event.pull_request.base.sha": "",
        "github.sha": "0" * 40,
        "runner.os": "Linux",
    }
    context.update(github or {})
    store = cache_store
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

    def condition(text: str) -> bool:
        """A step's `if:`: terms joined by &&; always(), `x == 'v'`, `x != 'v'`."""
        result = True
        for term in (t.strip() for t in text.split("&&")):
            if term == "always()":
                continue
            m = re.fullmatch(r"([\w.-]+)\s*(==|!=)\s*'([^']*)'", term)
            assert m, f"condition not simulated: {term}"
            value = evaluate("${{ " + m.group(1) + " }}")
            result = result and ((value == m.group(3)) == (m.group(2) == "=="))
        return result

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
        cond = str(step.get("if", ""))
        if code != 0 and "always()" not in cond:
            continue  # after a failed step only `if: always()` steps run
        if cond and not condition(cond):
            continue
        if "uses" in step:
            # Pinned to a full commit SHA; actions/cache is simulated with `store`.
            assert re.fullmatch(r"[\w./-]+@[0-9a-f]{40}", step["uses"]), step["uses"]
            m = CACHE_ACTION.fullmatch(step["uses"])
            assert m, f"action not simulated: {step['uses']}"
            args = {k: evaluate(str(v)) for k, v in (step.get("with") or {}).items()}
            steps[step.get("id", str(n))] = _cache_step(m.group(1), args, store)
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
        code = code or proc.returncode
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


@pytest.mark.slow
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


@pytest.mark.slow
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


@pytest.mark.slow
def test_action_on_a_pull_request_that_weakens_the_config(tmp_path: Path, tool_cache: Path) -> None:
    """A pull request lowers the quorum in the repository's own config. The Action
    compares it with the base commit (policy-base: auto) and names the weakening in the
    summary; with forbid-weakening it is an ERROR (exit 3). Suppression comments the PR
    adds silence a finding, unless `no-suppressions` is set."""
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
    # The PR also silences a finding with comments: `no-suppressions` keeps it blocking.
    (ws / "run.py").write_text("import os\n\nos.system(input())  # nosec # nosemgrep\n")
    run = run_action(inputs, ws, tmp_path / "runner3", tool_cache, github=pr)
    assert run.outputs["verdict"] == "PASS", run.summary
    run = run_action(
        {**inputs, "no-suppressions": "true"}, ws, tmp_path / "runner4", tool_cache, github=pr
    )
    assert run.outputs["verdict"] == "FAIL", run.summary
    assert "suppression comments in the code are not honoured" in run.summary


@pytest.mark.slow
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


@pytest.mark.slow
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
    workflows = sorted((REPO / "examples" / "workflows").glob("*.yml"))
    assert len(workflows) >= 3  # every example: on pull requests, sharded, the weekly drill
    files = [str(REPO / "action.yml"), *map(str, workflows)]
    proc = subprocess.run(
        [zizmor, "--offline", *files], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    # ...and it would have: the same action with an input interpolated into a script.
    bad = (
        (REPO / "action.yml")
        .read_text()
        .replace(
            'scangate="$SCANGATE_VENV/bin/scangate"',
            'echo "${{ inputs.paths }}"\n        scangate="$SCANGATE_VENV/bin/scangate"',
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


def _fresh(tool_cache: Path) -> None:
    """A new hosted runner: nothing in its tool cache."""
    shutil.rmtree(tool_cache, ignore_errors=True)
    tool_cache.mkdir(parents=True)


@pytest.mark.slow
def test_a_second_job_on_a_fresh_runner_hits_the_caches(tmp_path: Path) -> None:
    """Job 1 builds the virtualenv and saves it, pip's downloads and the result cache.
    Job 2, on a fresh runner, restores the virtualenv instead of installing, and its
    scanners take unchanged files from the result cache. Job 3 installs the scanners
    afresh (the virtualenv's cache entry is gone) and still hits the result cache: its
    key holds the scanners' package versions, not their files' mtimes."""
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "app.py").write_text("import os\n\n\ndef run():\n    os.system(input())\n")
    (ws / "util.py").write_text("def add(a, b):\n    return a + b\n")
    store, tools = tmp_path / "cache-service", tmp_path / "toolcache"
    inputs = {"scanners": "semgrep,bandit"}

    _fresh(tools)
    first = run_action(inputs, ws, tmp_path / "runner1", tools, cache_store=store)
    assert first.code == 1, first.stderr[-3000:]
    assert first.outputs["cached"] == "0"
    saved = sorted(e.name for e in store.iterdir())
    assert any(e.startswith("scangate-venv-Linux-py") for e in saved), saved
    assert any(e.startswith("scangate-pip-Linux-") for e in saved), saved
    assert any(e.startswith("scangate-results-Linux-") for e in saved), saved

    _fresh(tools)
    second = run_action(inputs, ws, tmp_path / "runner2", tools, cache_store=store)
    assert second.code == 1, second.stderr[-3000:]
    assert "scangate: reusing" in second.stdout  # restored, not installed
    assert int(second.outputs["cached"]) == 4  # 2 files x semgrep, bandit

    for entry in store.iterdir():
        if entry.name.startswith("scangate-venv-"):
            shutil.rmtree(entry)
    _fresh(tools)
    third = run_action(inputs, ws, tmp_path / "runner3", tools, cache_store=store)
    assert third.code == 1, third.stderr[-3000:]
    assert "scangate: reusing" not in third.stdout  # installed afresh
    assert int(third.outputs["cached"]) == 4


@pytest.mark.slow
def test_working_directory_gives_repository_paths_and_its_own_category(
    tmp_path: Path, tool_cache: Path
) -> None:
    """With `working-directory: backend`, SARIF URIs and annotations name
    `backend/app.py` (GitHub maps them from the repository root), and each scangate job
    writes its own automationDetails.id, so two jobs do not replace each other's alerts."""
    ws = tmp_path / "ws"
    (ws / "backend").mkdir(parents=True)
    (ws / "backend" / "app.py").write_text("import os\n\n\ndef run():\n    os.system(input())\n")
    run = run_action(
        {"working-directory": "backend", "scanners": "semgrep,bandit", "cache": "false"},
        ws,
        tmp_path / "runner",
        tool_cache,
        github={},
    )
    assert run.code == 1, run.stderr[-3000:]
    doc = json.loads((ws / "backend" / "scangate.sarif").read_text())
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for run_ in doc["runs"]
        for r in run_["results"]
    }
    assert uris == {"backend/app.py"}
    assert doc["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"] == ws.resolve().as_uri() + "/"
    ids = {r["automationDetails"]["id"] for r in doc["runs"]}
    assert "scangate/scangate/scan/backend/semgrep/" in ids
    errors = [ln for ln in run.stdout.splitlines() if ln.startswith("::error ")]
    assert errors and all(ln.startswith("::error file=backend/app.py,") for ln in errors)
    other = run_action(
        {"working-directory": "backend", "scanners": "semgrep", "cache": "false",
         "category": "nightly", "sarif-file": "other.sarif"},
        ws, tmp_path / "runner2", tool_cache,
    )  # fmt: skip
    other_ids = {r["automationDetails"]["id"] for r in json.loads(
        (ws / "backend" / "other.sarif").read_text())["runs"]}  # fmt: skip
    assert other.code == 1 and other_ids == {"scangate/nightly/semgrep/"}


@pytest.mark.slow
def test_a_multi_line_args_input_keeps_every_line(tmp_path: Path, tool_cache: Path) -> None:
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "app.py").write_text("import os\n\n\ndef run():\n    os.system(input())\n")
    run = run_action(
        {"args": "--scanners bandit\n--no-cache\n--format json", "cache": "false"},
        ws, tmp_path / "runner", tool_cache,
    )  # fmt: skip
    assert run.code == 1, run.stderr[-3000:]
    report = json.loads(run.stdout[run.stdout.index("{") : run.stdout.rindex("}") + 1])
    assert [r["scanner"] for r in report["scanners"]] == ["bandit"]  # line 1 took effect
    assert all(r["cached"] == 0 for r in report["scanners"])  # line 2


def test_action_constraints_satisfy_pyproject() -> None:
    """The Action installs with action-constraints.txt (exact versions) and keys its
    virtualenv cache on it: every dependency of pyproject.toml is pinned there, within
    its range."""
    import tomllib
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    pins = {}
    for line in (REPO / "action-constraints.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, version = line.partition("==")
            pins[canonicalize_name(name)] = version.strip()
    deps = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["dependencies"]
    for dep in map(Requirement, deps):
        if dep.marker is not None and not dep.marker.evaluate():
            continue
        name = canonicalize_name(dep.name)
        assert name in pins, f"{name} is not pinned in action-constraints.txt"
        assert dep.specifier.contains(pins[name], prereleases=True), (name, pins[name])


@pytest.mark.slow
def test_a_live_drill_in_the_action_holds_to_its_prediction(
    vulnerable_workspace: Path, tmp_path: Path, tool_cache: Path
) -> None:
    """`drill: live-semgrep`: a prediction pass, then the gate with semgrep killed for
    real; ruff stands in, the verdict is the predicted one, and the drill held."""
    run = run_action(
        {"osv-db": "osv-db", "drill": "live-semgrep", "fail-on-error": "false"},
        vulnerable_workspace,
        tmp_path / "runner",
        tool_cache,
    )
    assert run.code == 0, run.stderr[-3000:]
    predicted = dict(p.split("=") for p in run.outputs["drill-predicted"].split(","))
    assert set(predicted) == {"semgrep", "bandit", "pip-audit"}, run.outputs
    assert run.outputs["verdict"] == predicted["semgrep"] == "FAIL"
    assert run.outputs["drill"] == "held"
    assert run.outputs["unhealthy-scanners"] == "semgrep"
    assert "semgrep was made to fail on purpose in this run (predicted: FAIL)" in run.summary
    assert "predicting the failover of every scanner" in run.stdout


@pytest.mark.slow
def test_a_predicted_drill_fails_on_thin_redundancy(
    vulnerable_workspace: Path, tmp_path: Path, tool_cache: Path
) -> None:
    """Only pip-audit examines requirements files, so `min_redundancy = {deps = 0.5}`
    is broken: the drill output says failed and names the category, though the verdict
    itself is the FAIL of the findings (the floor is then a warning)."""
    (vulnerable_workspace / "scangate.toml").write_text("[min_redundancy]\ndeps = 0.5\n")
    run = run_action(
        {"osv-db": "osv-db", "drill": "predicted", "fail-on-error": "false"},
        vulnerable_workspace,
        tmp_path / "runner",
        tool_cache,
    )
    assert run.code == 0, run.stderr[-3000:]
    assert run.outputs["verdict"] == "FAIL"
    assert run.outputs["redundancy-below"] == "deps"
    assert run.outputs["drill"] == "failed"
    assert "deps redundancy 0% is below min_redundancy 50%" in run.summary
    (vulnerable_workspace / "scangate.toml").write_text("[min_redundancy]\nsast = 1.0\n")
    held = run_action(
        {"osv-db": "osv-db", "drill": "predicted", "fail-on-error": "false"},
        vulnerable_workspace,
        tmp_path / "runner2",
        tool_cache,
    )
    assert (held.outputs["redundancy-below"], held.outputs["drill"]) == ("", "held")


@pytest.mark.slow  # the install step builds the action's virtualenv first
def test_an_unknown_drill_is_a_usage_error(tmp_path: Path, tool_cache: Path) -> None:
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "a.py").write_text("x = 1\n")
    run = run_action({"drill": "sometimes", "cache": "false"}, ws, tmp_path / "runner", tool_cache)
    assert run.code == 2
    assert "drill must be empty, predicted or live-<scanner>" in run.stdout
