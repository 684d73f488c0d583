"""The gate as an attacker would try it: every way the field made it say PASS on
vulnerable code (issue 14) gives the contract's verdict now, FAIL or ERROR.

Real semgrep, bandit and ruff run wherever the real scanner shows the fault
(rule timeouts, symlinks, ruff's silence, the cache); a fault-injection fake
(tests/fakes/fake_scanner.py) only where the real tool cannot be made to show
it (a semgrep exit 2 with valid output, a broken ruff, a grandchild that
escapes with setsid). Each test says which.
"""

from __future__ import annotations

import ast
import hashlib
import hmac
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from conftest import FAKE, fake_command, runs_by_name, scangate, scangate_json, toml_list, tool

REDIRECT_APP = """\
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/go")
def go():
    return redirect(request.args.get("next"))
"""
CMD_APP = "import os\n\n\ndef run():\n    os.system(input())\n"
NO_CACHE = {"SCANGATE_NO_CACHE": "1"}


def make(tmp_path: Path, files: dict[str, str], name: str = "proj") -> Path:
    proj = tmp_path / name
    for rel, text in files.items():
        (proj / rel).parent.mkdir(parents=True, exist_ok=True)
        (proj / rel).write_text(text, encoding="utf-8")
    return proj


def policy_file(tmp_path: Path, body: str) -> Path:
    """A config from outside the scanned tree: trusted to name programs."""
    folder = tmp_path / "policy"
    folder.mkdir(exist_ok=True)
    path = folder / "scangate.toml"
    path.write_text(body, encoding="utf-8")
    return path


def reasons(report: dict[str, Any]) -> str:
    return "\n".join(report["reasons"])


# --------------------------------------------------------------------------- 1. trust


@pytest.mark.parametrize("where", ["scangate.toml", "pyproject.toml"])
def test_a_config_in_the_scanned_tree_cannot_run_programs(tmp_path: Path, where: str) -> None:
    """The PR's own config names a program: exit 2 naming the key, nothing started."""
    proj = make(tmp_path, {"app.py": CMD_APP})
    table = "[tool.scangate.scanners.bandit]" if where == "pyproject.toml" else "[scanners.bandit]"
    pwned = proj / "pwned.txt"
    (proj / where).write_text(
        f"{table}\ncommand = {toml_list(['sh', '-c', f'id > {pwned}'])}\n", encoding="utf-8"
    )
    proc = scangate("run", ".", cwd=proj)
    assert proc.returncode == 2, proc.stderr
    assert "scanners.bandit.command" in proc.stderr
    assert "--trust-config" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert not pwned.exists()
    # Naming the same file with --config does not make it trusted: it is still in the tree.
    proc = scangate("run", ".", "--config", where, cwd=proj)
    assert proc.returncode == 2 and "scanners.bandit.command" in proc.stderr
    assert not pwned.exists()
    # Nor may it choose a result cache (entries there decide verdicts) or scanner options.
    (proj / where).write_text(f'{table}\nargs = ["--fix"]\n', encoding="utf-8")
    proc = scangate("scanners", cwd=proj)
    assert proc.returncode == 2 and "scanners.bandit.args" in proc.stderr


WEAKENINGS = {
    "all scanners disabled": (
        "".join(f"[scanners.{n}]\nenabled = false\n" for n in ("semgrep", "bandit", "ruff")),
        "scanners.bandit.enabled",
        3,  # ERROR: nothing examined the targets
    ),
    "no votes block": (
        "[votes]\ncritical = 0\nhigh = 0\nmedium = 0\n",
        "votes.critical",
        0,  # PASS, but the report says why
    ),
    "a waiver for everything": (
        '[[waivers]]\npath = "*"\nreason = "trust me"\n',
        "waivers[0]",
        0,
    ),
    "quorum 0": ("[quorum]\nsast = 0\n", "quorum.sast", 1),  # the scanners still work: FAIL
}


@pytest.mark.slow
@pytest.mark.parametrize("name", list(WEAKENINGS))
def test_weakening_is_named_in_every_report_and_refused_on_demand(
    tmp_path: Path, name: str
) -> None:
    body, key, code = WEAKENINGS[name]
    proj = make(tmp_path, {"app.py": CMD_APP, "scangate.toml": body})
    sarif, summary = tmp_path / "out.sarif", tmp_path / "summary.md"
    got, report, err = scangate_json(
        ".", "-o", str(sarif), "--summary", str(summary), cwd=proj, env=NO_CACHE
    )
    assert got == code, reasons(report)
    policy = report["policy"]
    assert policy["weakened"] is True
    assert any(c["key"] == key and c["weakens"] for c in policy["changes"]), policy
    assert key in policy["summary"] and "weakening the gate" in policy["summary"]
    sarif_policy = json.loads(sarif.read_text())["properties"]["scangate/policy"]
    assert sarif_policy["summary"] == policy["summary"]
    assert key in summary.read_text()
    text = scangate("run", ".", cwd=proj, env=NO_CACHE)
    assert key in text.stdout and "weakening the gate" in text.stdout
    refused = scangate("run", ".", "--forbid-weakening", cwd=proj, env=NO_CACHE)
    assert refused.returncode == 2, refused.stderr
    assert key in refused.stderr and "--forbid-weakening" in refused.stderr


def test_quorum_0_with_every_scanner_failing_is_error_not_pass(tmp_path: Path) -> None:
    """FAULT INJECTION (both SAST scanners crash): quorum 0 cannot make "nobody looked"
    a PASS."""
    body = "[quorum]\nsast = 0\n" + "".join(
        f"[scanners.{n}]\ncommand = {toml_list(fake_command('crash', n))}\n"
        for n in ("semgrep", "bandit")
    )
    proj = make(tmp_path, {"app.py": CMD_APP, "scangate.toml": body})
    code, report, _ = scangate_json("--trust-config", "-s", "semgrep,bandit", ".", cwd=proj)
    assert code == 3
    assert report["reasons"][0].startswith("sast: nothing examined its 1 target(s)")


def test_min_quorum_floor(tmp_path: Path) -> None:
    proj = make(tmp_path, {"app.py": CMD_APP, "scangate.toml": "[quorum]\nsast = 1\n"})
    proc = scangate("run", ".", "--min-quorum", "sast=2", cwd=proj, env=NO_CACHE)
    assert proc.returncode == 2 and "quorum.sast = 1 is below --min-quorum sast=2" in proc.stderr
    proc = scangate("run", ".", "--min-quorum", "sast=x", cwd=proj)
    assert proc.returncode == 2 and "--min-quorum" in proc.stderr


def git(cwd: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
    )


@pytest.mark.slow
def test_policy_weakened_since_the_base_ref(tmp_path: Path) -> None:
    """A PR that lowers the quorum and waives a rule: named against the base ref; with
    --forbid-weakening that is an ERROR even where the defaults would allow it."""
    proj = make(tmp_path, {"clean.py": "x = 1\n", "scangate.toml": "[quorum]\nsast = 2\n"})
    git(proj, "init", "-q")
    git(proj, "add", ".")
    git(proj, "commit", "-qm", "base")
    (proj / "scangate.toml").write_text("[quorum]\nsast = 1\n")
    code, report, _ = scangate_json(
        ".", "--policy-base", "HEAD", "-s", "semgrep,bandit", cwd=proj, env=NO_CACHE
    )
    assert code == 0
    p = report["policy"]
    assert p["weakened_vs_base"] is True and p["weakened"] is False
    assert [c["key"] for c in p["base_changes"]] == ["quorum.sast"]
    assert "WEAKER than at HEAD: quorum.sast 2 -> 1" in p["summary"]
    code, report, _ = scangate_json(
        ".", "--policy-base", "HEAD", "--forbid-weakening", "-s", "semgrep,bandit",
        cwd=proj, env=NO_CACHE,
    )  # fmt: skip
    assert code == 3
    assert "weakens the gate against HEAD" in report["reasons"][0]
    # Deleting the config is a change too: the defaults (quorum 1) are weaker than 2.
    (proj / "scangate.toml").unlink()
    _, report, _ = scangate_json(
        ".", "--policy-base", "HEAD", "-s", "semgrep,bandit", cwd=proj, env=NO_CACHE
    )
    assert report["policy"]["weakened_vs_base"] is True


@pytest.mark.slow
def test_suppression_comments_can_be_refused_and_turning_them_back_on_is_weakening(
    tmp_path: Path,
) -> None:
    """Real semgrep and bandit. A pull request can silence a finding for both scanners
    with two comments on its line: PASS by default, the group named "suppressed in the
    source". `--no-suppressions` (or `honour_suppressions = false`) makes it block, the
    SARIF suppression `rejected`; a PR that sets it back to true weakens the gate
    against the base, an ERROR under --forbid-weakening."""
    silenced = "import os\n\n\ndef run():\n    os.system(input())  # nosec # nosemgrep\n"
    proj = make(tmp_path, {"app.py": silenced})
    code, report, _ = scangate_json(".", "-s", "semgrep,bandit", cwd=proj, env=NO_CACHE)
    assert code == 0, reasons(report)
    (group,) = [g for g in report["groups"] if g["findings"][0]["start_line"] == 5][:1]
    assert group["note"].startswith("suppressed in the source: ")
    assert report["policy"]["suppressions_honoured"] is True

    sarif = tmp_path / "out.sarif"
    code, report, _ = scangate_json(
        ".", "-s", "semgrep,bandit", "--no-suppressions", "-o", str(sarif), cwd=proj,
        env=NO_CACHE,
    )  # fmt: skip
    assert code == 1, reasons(report)
    blocking = [g for g in report["groups"] if g["blocking"]]
    assert blocking and all("not honoured by the policy" in g["note"] for g in blocking)
    assert report["policy"]["suppressions_honoured"] is False
    assert "suppression comments in the code are not honoured" in report["policy"]["summary"]
    statuses = {
        s["status"]
        for run in json.loads(sarif.read_text())["runs"]
        for res in run["results"]
        for s in res.get("suppressions", [])
    }
    assert statuses == {"rejected"}

    (proj / "scangate.toml").write_text("honour_suppressions = false\n")
    git(proj, "init", "-q")
    git(proj, "add", ".")
    git(proj, "commit", "-qm", "base")
    code, report, _ = scangate_json(".", "-s", "semgrep,bandit", cwd=proj, env=NO_CACHE)
    assert code == 1, reasons(report)  # the config alone refuses them too
    (proj / "scangate.toml").write_text("honour_suppressions = true\n")
    code, report, _ = scangate_json(
        ".", "--policy-base", "HEAD", "--forbid-weakening", "-s", "semgrep,bandit",
        cwd=proj, env=NO_CACHE,
    )  # fmt: skip
    assert code == 3, reasons(report)
    assert "honour_suppressions false -> true" in report["policy"]["summary"]


# --------------------------------------------------------------------------- 2. nothing examined


def test_no_scanner_at_all_is_error(tmp_path: Path) -> None:
    proj = make(tmp_path, {"app.py": CMD_APP})
    off = ("semgrep", "bandit", "ruff", "pip-audit")
    cfg = policy_file(tmp_path, "".join(f"[scanners.{n}]\nenabled = false\n" for n in off))
    code, report, _ = scangate_json(".", "--config", str(cfg), cwd=proj, env=NO_CACHE)
    assert code == 3
    assert report["reasons"][0].startswith("sast: nothing examined its 1 target(s): no scanner")


@pytest.mark.slow
def test_a_deselected_category_with_targets_is_error_unless_out_of_scope(tmp_path: Path) -> None:
    proj = make(tmp_path, {"clean.py": "x = 1\n", "requirements.txt": "six==1.16.0\n"})
    code, report, _ = scangate_json(".", "-s", "semgrep", cwd=proj, env=NO_CACHE)
    assert code == 3
    assert report["reasons"][0].startswith("deps: nothing examined its 1 target(s)")
    code, report, _ = scangate_json(
        ".", "-s", "semgrep", "--out-of-scope", "deps", cwd=proj, env=NO_CACHE
    )
    assert code == 0
    assert "deps: out of scope; 1 target(s) not checked" in report["warnings"]
    assert "out of scope: deps (--out-of-scope)" in report["policy"]["summary"]


# --------------------------------------------------------------------------- 3. rule timeouts


@pytest.mark.slow
def test_semgrep_rule_timeouts_make_the_file_unexamined(tmp_path: Path) -> None:
    """Real semgrep. An open redirect in a file big enough that semgrep's rules time out
    on it: before, PASS (the timeouts were warnings); now ERROR, naming the file and the
    rules, because bandit, which did examine the file, has no open-redirect check.
    The field saw this with 2 MB of code and semgrep's default 5 s per rule; the test
    lowers semgrep's per-rule limit to 1 s (a trusted config) to get the same real
    fault from a 140 kB file in seconds."""
    filler = "".join(
        f"def f{i}(a, b):\n    x = a + b * {i}\n    if x > {i}:\n"
        f"        return [y for y in range(x) if y % 3]\n    return {{'k': x, 'v': str(x)}}\n"
        for i in range(1000)
    )
    proj = make(tmp_path, {"app.py": REDIRECT_APP + filler, "ok.py": "x = 1\n"})
    cfg = policy_file(tmp_path, '[scanners.semgrep]\nargs = ["--timeout", "1"]\n')
    code, report, _ = scangate_json(
        ".", "--config", str(cfg), "-s", "semgrep,bandit", cwd=proj, env=NO_CACHE
    )
    semgrep = runs_by_name(report)["semgrep"]
    assert semgrep["status"] == "degraded", semgrep
    (miss,) = semgrep["coverage"]["missed"]
    assert miss["target"] == "app.py"
    # Fewer than semgrep's timeout threshold (3) of rules gave up: the file misses
    # their checks; at the threshold semgrep skips its other rules too (whole file).
    assert "open-redirect" in miss["reason"]
    assert "did not finish on it" in miss["reason"] or "timed out" in miss["reason"]
    assert runs_by_name(report)["bandit"]["status"] == "ok"
    assert code == 3, reasons(report)
    assert "open redirect (CWE-601)" in reasons(report)
    # Without the filler, the same code FAILs on semgrep's finding.
    small = make(tmp_path, {"app.py": REDIRECT_APP}, name="small")
    code, report, _ = scangate_json(
        ".", "--config", str(cfg), "-s", "semgrep,bandit", cwd=small, env=NO_CACHE
    )
    assert code == 1, reasons(report)


# --------------------------------------------------------------------------- 4. symlinks


@pytest.mark.slow
def test_symlinks_are_resolved_and_never_handed_to_a_scanner(tmp_path: Path) -> None:
    """Real semgrep and bandit. A link leaving the root made semgrep exit 2 and drop every
    finding of its process (PASS on the vulnerable app.py). Now the link is not followed
    and named, a link inside the root is scanned once under its real path, and a
    symlinked folder is named, not silently skipped."""
    proj = make(tmp_path, {"app.py": CMD_APP, "lib/util.py": "x = 1\n"})
    outside = make(tmp_path, {"evil.py": CMD_APP}, name="outside")
    (proj / "link.py").symlink_to(outside / "evil.py")
    (proj / "again.py").symlink_to(proj / "app.py")
    (proj / "vendored").symlink_to(proj / "lib", target_is_directory=True)
    code, report, _ = scangate_json(".", "-s", "semgrep,bandit", cwd=proj, env=NO_CACHE)
    assert code == 1, reasons(report)
    for r in report["scanners"]:
        assert r["status"] == "ok", r
        assert r["coverage"]["requested"] == 2  # app.py and lib/util.py, nothing else
    paths = {f["path"] for g in report["groups"] for f in g["findings"]}
    assert paths == {"app.py"}
    followed = {n["path"]: n["reason"] for n in report["not_followed"]}
    assert set(followed) == {"link.py", "vendored"}
    assert "leaves the scanned root" in followed["link.py"]
    assert "symlinked folder" in followed["vendored"]
    text = scangate("run", ".", "-s", "semgrep,bandit", cwd=proj, env=NO_CACHE).stdout
    assert "2 symbolic link(s) not followed" in text


def call_lines(source: bytes, *names: str) -> list[int]:
    """The line of the first call to each name, as Python parses `source`."""
    calls = [n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Call)]
    named = {ast.unparse(c.func).rsplit(".", 1)[-1]: c.lineno for c in reversed(calls)}
    return [named[n] for n in names]


@pytest.mark.slow
def test_a_declared_source_encoding_cannot_blind_the_utf8_scanners(tmp_path: Path) -> None:
    """Real semgrep, bandit and ruff. Python decodes a file by its coding declaration;
    semgrep and ruff read UTF-8. One Latin-1 letter made semgrep's regex-gated rules
    silent (no finding, no error: PASS on SQL injection and an open redirect), and a
    UTF-7 declaration hid a redirect from semgrep and an eval from ruff inside a
    comment. They now read a UTF-8 view decoded as Python decodes it; findings carry
    Python's line numbers, the same as bandit's."""
    sqli = (
        '# -*- coding: latin-1 -*-\n"""Caf\xe9."""\nimport sqlite3\n\n'
        "from flask import Flask, redirect, request\n\napp = Flask(__name__)\n\n\n"
        '@app.route("/u")\ndef u():\n    name = request.args["name"]\n'
        '    db = sqlite3.connect("x.db")\n'
        '    return str(db.execute("SELECT * FROM t WHERE n = \'" + name + "\'").fetchall())\n'
        '\n\n@app.route("/r")\ndef r():\n    return redirect(request.args["next"])\n'
    ).encode("latin-1")
    hidden = (
        b"# coding: utf-7\nfrom flask import Flask, redirect, request\n\n"
        b"app = Flask(__name__)\n\n\n"
        b'@app.route("/go")\ndef go():\n    # back +AAo-    return redirect(request.args["next"])\n'
        b'\n\n@app.route("/calc")\ndef calc():\n    # sum +AAo-    return str(eval(request.args["e"]))\n'
    )
    proj = tmp_path / "proj"
    proj.mkdir()
    (proj / "users.py").write_bytes(sqli)
    (proj / "go.py").write_bytes(hidden)
    code, report, _ = scangate_json(".", cwd=proj, env=NO_CACHE)
    assert code == 1, reasons(report)
    found = {(f["scanner"], f["rule_id"], f["path"], f["start_line"])
             for g in report["groups"] for f in g["findings"]}  # fmt: skip
    execute, redirect_u = call_lines(sqli, "execute", "redirect")
    redirect_go, evaluate = call_lines(hidden, "redirect", "eval")
    assert (redirect_go, evaluate) == (10, 16)  # Python's lines: the comments hid them
    assert {
        ("semgrep", "python-sql-injection", "users.py", execute),
        ("semgrep", "python-open-redirect", "users.py", redirect_u),
        ("semgrep", "python-open-redirect", "go.py", redirect_go),
        ("semgrep", "python-code-injection", "go.py", evaluate),
        ("bandit", "B608", "users.py", execute),
        ("bandit", "B307", "go.py", evaluate),
    } <= found, found
    # ruff standing in (semgrep made to fail) reads the view too: eval is two votes.
    code, report, _ = scangate_json(".", "--drill-fail", "semgrep", cwd=proj, env=NO_CACHE)
    assert runs_by_name(report)["ruff"]["status"] == "ok"
    blocking = {(f["scanner"], f["rule_id"], f["start_line"])
                for g in report["groups"] if g["blocking"] and g["findings"][0]["path"] == "go.py"
                for f in g["findings"]}  # fmt: skip
    assert {("ruff", "S307", evaluate), ("bandit", "B307", evaluate)} <= blocking, blocking
    assert code == 1


@pytest.mark.slow
def test_lone_carriage_returns_cannot_blind_semgrep(tmp_path: Path) -> None:
    """Real semgrep and bandit. Python ends a line at a lone "\r"; semgrep saw a file
    whose lines end so as one comment line and found nothing: PASS on an open redirect
    that bandit has no check for. Its view has Python's lines."""
    source = (
        "# app\rfrom flask import Flask, redirect, request\r\rapp = Flask(__name__)\r\r\r"
        '@app.route("/go")\rdef go():\r    return redirect(request.args["next"])\r'
    )
    proj = tmp_path / "proj"
    proj.mkdir()
    (proj / "go.py").write_bytes(source.encode())
    (line,) = call_lines(source.encode(), "redirect")
    code, report, _ = scangate_json(".", "-s", "semgrep,bandit", cwd=proj, env=NO_CACHE)
    assert code == 1, reasons(report)
    blocking = {(f["scanner"], f["rule_id"], f["start_line"])
                for g in report["groups"] if g["blocking"] for f in g["findings"]}  # fmt: skip
    assert blocking == {("semgrep", "python-open-redirect", line)}, blocking


@pytest.mark.slow
def test_names_spelt_with_look_alike_letters_are_read_as_python_reads_them(
    tmp_path: Path,
) -> None:
    """Real semgrep and bandit. Python normalizes names to NFKC: `\uff45val` (fullwidth
    e) is eval. semgrep saw an unknown function and bandit's B307 is one medium vote:
    PASS on code injection. The view gives semgrep the name Python runs."""
    source = (
        "from flask import Flask, request\n\napp = Flask(__name__)\n\n\n"
        '@app.route("/calc")\ndef calc():\n    \uff45val(request.args["e"])\n    return "ok"\n'
    )
    proj = make(tmp_path, {"calc.py": source})
    (line,) = call_lines(source.encode(), "eval")
    code, report, _ = scangate_json(".", "-s", "semgrep,bandit", cwd=proj, env=NO_CACHE)
    assert code == 1, reasons(report)
    blocking = {(f["scanner"], f["rule_id"], f["start_line"])
                for g in report["groups"] if g["blocking"] for f in g["findings"]}  # fmt: skip
    assert ("semgrep", "python-code-injection", line) in blocking, blocking


@pytest.mark.slow
def test_a_python_script_without_a_py_suffix_is_scanned_by_every_scanner(tmp_path: Path) -> None:
    """Real semgrep and bandit. `bin/serve` runs Python (its `#!` line says so) but was
    not a target: nothing examined it. Now it is, and semgrep, which skips a file not
    named `.py` even when named explicitly, reads it through a `.py` view."""
    script = (
        "#!/usr/bin/env python3\nfrom flask import Flask, redirect, request\n\n"
        'app = Flask(__name__)\n\n\n@app.route("/go")\ndef go():\n'
        '    return redirect(request.args["next"])\n'
    )
    proj = make(tmp_path, {"bin/serve": script, "bin/deploy": "#!/bin/sh\necho ok\n"})
    code, report, _ = scangate_json(".", "-s", "semgrep,bandit", cwd=proj, env=NO_CACHE)
    assert code == 1, reasons(report)
    for r in report["scanners"]:
        assert (r["status"], r["coverage"]["requested"], r["coverage"]["examined"]) == (
            "ok", 1, 1,
        ), r  # fmt: skip
    (line,) = call_lines(script.encode(), "redirect")
    found = {(f["scanner"], f["rule_id"], f["path"], f["start_line"])
             for g in report["groups"] if g["blocking"] for f in g["findings"]}  # fmt: skip
    assert ("semgrep", "python-open-redirect", "bin/serve", line) in found, found


@pytest.mark.slow
def test_code_in_a_folder_named_like_a_virtualenv_is_scanned_when_git_tracks_it(
    tmp_path: Path,
) -> None:
    """Real git, semgrep and bandit. The app imports `venv.handlers`, a package of the
    pull request's own: it was skipped as a virtualenv (PASS on its command injection).
    A tracked file is scanned whatever its folder is called; an untracked virtualenv is
    still left out."""
    app = (
        "from flask import Flask, request\n\nfrom venv.handlers import run\n\n"
        'app = Flask(__name__)\n\n\n@app.route("/x")\ndef x():\n'
        '    run(request.args["c"])\n    return "ok"\n'
    )
    handlers = 'import os\n\n\ndef run(cmd):\n    os.system("ls " + cmd)\n'
    proj = make(tmp_path, {"app.py": app, "venv/__init__.py": "", "venv/handlers.py": handlers})
    git(proj, "init", "-q")
    git(proj, "add", ".")
    git(proj, "commit", "-qm", "pr")
    make(proj, {".venv/pyvenv.cfg": "home = /usr\n", ".venv/lib/evil.py": CMD_APP})  # untracked
    code, report, _ = scangate_json(".", "-s", "semgrep,bandit", cwd=proj, env=NO_CACHE)
    assert code == 1, reasons(report)
    blocking = {f["path"] for g in report["groups"] if g["blocking"] for f in g["findings"]}
    assert blocking == {"venv/handlers.py"}
    for r in report["scanners"]:  # app.py and venv/'s two files; not .venv/lib/evil.py
        assert r["coverage"]["requested"] == 3, r


# --------------------------------------------------------------------------- 5. partial failure


@pytest.mark.slow
def test_semgrep_exit_2_keeps_its_findings_and_misses_only_the_named_file(tmp_path: Path) -> None:
    """FAULT INJECTION: semgrep exits 2 with valid output and an error-level entry for
    app.py (real semgrep does this when one target fails). Its findings are real: kept,
    FAIL; only app.py is missed."""
    proj = make(tmp_path, {"app.py": CMD_APP, "other.py": CMD_APP.replace("run", "go")})
    cmd = fake_command("exit2json", "semgrep")
    (proj / "scangate.toml").write_text(f"[scanners.semgrep]\ncommand = {toml_list(cmd)}\n")
    code, report, _ = scangate_json(
        "--trust-config", "-s", "semgrep", ".", cwd=proj,
        env={**NO_CACHE, "FAKE_SKIP_FILE": "app.py"},
    )  # fmt: skip
    semgrep = runs_by_name(report)["semgrep"]
    assert semgrep["status"] == "degraded", semgrep
    assert [m["target"] for m in semgrep["coverage"]["missed"]] == ["app.py"]
    assert "fake: could not finish app.py" in semgrep["coverage"]["missed"][0]["reason"]
    blocking = {f["path"] for g in report["groups"] if g["blocking"] for f in g["findings"]}
    assert blocking == {"app.py", "other.py"}
    assert code == 1


# --------------------------------------------------------------------------- 6. ruff's silence


@pytest.mark.slow
def test_ruff_coverage_comes_from_evidence(tmp_path: Path) -> None:
    """Real ruff told (by an option) to skip app.py silently: its JSON is just "[]",
    which counted as "ok, 2/2 examined". Its own log shows it never read app.py."""
    proj = make(tmp_path, {"app.py": CMD_APP, "clean.py": "x = 1\n"})
    cfg = policy_file(
        tmp_path,
        '[scanners.ruff]\nargs = ["--force-exclude", "--extend-exclude", "app.py"]\n',
    )
    code, report, _ = scangate_json(".", "--config", str(cfg), "-s", "ruff", cwd=proj, env=NO_CACHE)
    ruff = runs_by_name(report)["ruff"]
    assert ruff["status"] == "degraded", ruff
    assert [m["target"] for m in ruff["coverage"]["missed"]] == ["app.py"]
    assert "does not show that it read it" in ruff["coverage"]["missed"][0]["reason"]
    assert code == 3


def test_a_broken_ruff_standing_in_is_not_a_clean_scan(tmp_path: Path) -> None:
    """FAULT INJECTION: both SAST primaries crash, and the ruff standing in prints "[]"
    without running: its canary finding is missing, so it examined nothing. ERROR."""
    body = (
        "".join(
            f"[scanners.{n}]\ncommand = {toml_list(fake_command('crash', n))}\n"
            for n in ("semgrep", "bandit")
        )
        + f"[scanners.ruff]\ncommand = {toml_list(fake_command('empty', 'ruff'))}\n"
    )
    proj = make(tmp_path, {"app.py": CMD_APP, "scangate.toml": body})
    code, report, _ = scangate_json("--trust-config", ".", cwd=proj, env=NO_CACHE)
    ruff = runs_by_name(report)["ruff"]
    assert ruff["status"] == "failed"
    assert "canary" in ruff["message"]
    assert code == 3


# --------------------------------------------------------------------------- 7. cache


def cached_run(proj: Path, cache: Path, *extra: str) -> tuple[int, dict[str, Any]]:
    env = {k: v for k, v in os.environ.items() if k != "SCANGATE_NO_CACHE"}
    proc = subprocess.run(
        [sys.executable, "-m", "scangate", "run", "-f", "json", "-s", "semgrep,bandit",
         "--cache-dir", str(cache), *extra, "."],
        cwd=proj, env=env, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc.returncode, json.loads(proc.stdout)


def hits(report: dict[str, Any]) -> set[tuple[str, str]]:
    return {(f["path"], f["rule_id"]) for g in report["groups"] for f in g["findings"]}


@pytest.mark.slow
def test_cache_keys_include_the_path(tmp_path: Path) -> None:
    """Real semgrep with a rule scoped to `api/`: the same content at two paths gives two
    results, and the cache must not hand one file's result to the other."""
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "scoped.yaml").write_text(
        "rules:\n- id: api-eval\n  languages: [python]\n  severity: ERROR\n"
        "  message: eval in the API\n  metadata: {cwe: ['CWE-95']}\n"
        "  paths: {include: ['api/']}\n  pattern: eval(...)\n"
        # Unscoped, so that semgrep scans both files (a file no rule applies to is
        # left out of its `paths.scanned`).
        "- id: any-return\n  languages: [python]\n  severity: INFO\n"
        "  message: a return\n  pattern: return $X\n"
    )
    same = "def f(x):\n    return eval(x)\n"
    proj = make(tmp_path, {"api/a.py": same, "lib/a.py": same})
    cfg = policy_file(tmp_path, f"[scanners.semgrep]\nrules = [{json.dumps(str(rules))}]\n")
    cache = tmp_path / "cache"
    args = ("--config", str(cfg))
    _, fresh = cached_run(proj, tmp_path / "other-cache", *args, "--no-cache")
    cached_run(proj, cache, *args)
    _, warm = cached_run(proj, cache, *args)
    assert runs_by_name(warm)["semgrep"]["cached"] == 2
    semgrep = {h for h in hits(warm) if h[1] == "api-eval"}
    assert semgrep == {("api/a.py", "api-eval")} == {h for h in hits(fresh) if h[1] == "api-eval"}


def _entries(cache: Path) -> list[Path]:
    return sorted((cache / "results").rglob("*.json"))


@pytest.mark.slow
def test_an_edited_cache_entry_is_a_miss_not_a_pass(tmp_path: Path) -> None:
    """Real scanners. An entry edited to hold no findings (valid JSON, right shape) was
    trusted: PASS on a vulnerable file. Its HMAC tag no longer matches: rescanned, FAIL."""
    proj = make(tmp_path, {"app.py": CMD_APP})
    cache = tmp_path / "cache"
    code, _ = cached_run(proj, cache)
    assert code == 1
    for entry in _entries(cache):
        tag, _, body = entry.read_bytes().partition(b"\n")
        data = json.loads(body)
        data["findings"] = []
        entry.write_bytes(tag + b"\n" + json.dumps(data).encode())
    code, report = cached_run(proj, cache)
    assert code == 1, reasons(report)
    assert all(r["cached"] == 0 for r in report["scanners"])


@pytest.mark.slow
def test_a_well_tagged_entry_of_the_wrong_shape_is_a_miss(tmp_path: Path) -> None:
    """Real scanners. Even with a valid tag (made here with the cache's own key), an entry
    whose start_line is "abc" is rejected and rewritten; before, every run exited 3
    ("internal error") until the cache was cleared."""
    proj = make(tmp_path, {"app.py": CMD_APP})
    cache = tmp_path / "cache"
    cached_run(proj, cache)
    secret = (cache / "key").read_bytes()
    assert oct((cache / "key").stat().st_mode & 0o777) == "0o600"
    forged = 0
    for entry in _entries(cache):
        _, _, body = entry.read_bytes().partition(b"\n")
        data = json.loads(body)
        for f in data["findings"]:
            f["location"]["start_line"] = "abc"
            forged += 1
        body = json.dumps(data).encode()
        key = entry.stem
        tag = hmac.new(secret, key.encode() + b"\0" + body, hashlib.sha256).hexdigest()
        entry.write_bytes(tag.encode() + b"\n" + body)
    assert forged
    code, report = cached_run(proj, cache)
    assert code == 1, reasons(report)
    code, report = cached_run(proj, cache)  # rewritten: now a hit again
    assert code == 1 and all(r["cached"] == 1 for r in report["scanners"])


# --------------------------------------------------------------------------- 8. merge


@pytest.mark.slow
def test_merge_refuses_a_missing_duplicated_or_foreign_shard(tmp_path: Path) -> None:
    """Real scanners over two shards. Merging shard 2 alone gave PASS though shard 1 held
    the vulnerable file: now exit 3 naming the missing shard."""
    files = {f"m{i}.py": "x = 1\n" for i in range(8)}
    files["app.py"] = CMD_APP
    proj = make(tmp_path, files)
    for k in (1, 2):
        proc = scangate(
            "run", ".", "-s", "semgrep,bandit", "--shard", f"{k}/2", "--run-id", "r1",
            "-o", f"s{k}.sarif", "-q", cwd=proj, env=NO_CACHE,
        )  # fmt: skip
        assert proc.returncode in (0, 1), proc.stderr
    alone = scangate("merge", "s2.sarif", "--gate", cwd=proj)
    assert alone.returncode == 3
    assert "shard(s) 1/2 of run r1 missing" in alone.stderr
    twice = scangate("merge", "s1.sarif", "s1.sarif", "s2.sarif", cwd=proj)
    assert twice.returncode == 3 and "given twice" in twice.stderr
    proc = scangate(
        "run", ".", "-s", "semgrep,bandit", "--shard", "1/2", "--run-id", "r2",
        "-o", "other.sarif", "-q", cwd=proj, env=NO_CACHE,
    )  # fmt: skip
    foreign = scangate("merge", "other.sarif", "s2.sarif", cwd=proj)
    assert foreign.returncode == 3 and "not the shards of one run" in foreign.stderr
    whole = scangate("merge", "s1.sarif", "s2.sarif", "--gate", "-f", "json", cwd=proj)
    assert whole.returncode == 1, whole.stderr
    # A shard whose file list was tampered with does not add up to the run's digest.
    doc = json.loads((proj / "s1.sarif").read_text())
    doc["properties"]["scangate/targets"]["sast"] = []
    (proj / "s1-edited.sarif").write_text(json.dumps(doc))
    edited = scangate("merge", "s1-edited.sarif", "s2.sarif", cwd=proj)
    assert edited.returncode == 3 and "do not add up" in edited.stderr


# --------------------------------------------------------------------------- 9. the small ones


@pytest.mark.parametrize("value", ["nan", "inf"])
def test_non_finite_timeouts_are_refused(tmp_path: Path, value: str) -> None:
    proj = make(tmp_path, {"clean.py": "x = 1\n"})
    proc = scangate("run", ".", "--timeout", value, cwd=proj)
    assert proc.returncode == 2 and "finite" in proc.stderr
    (proj / "scangate.toml").write_text(f"timeout = {value}\n")
    proc = scangate("run", ".", cwd=proj)
    assert proc.returncode == 2 and "timeout" in proc.stderr and "finite" in proc.stderr


@pytest.mark.slow
@pytest.mark.parametrize(
    ("doc", "as_baseline"),
    [
        ("[" * 100_000 + "]" * 100_000, 2),
        (
            '{"version": "2.1.0", "runs": [{"tool": 5, "invocations": "x"}], '
            '"properties": {"scangate/targets": {"sast": []}}}',
            2,
        ),
        (  # a baseline only reads results: this one has none, and is usable (PASS)
            '{"version": "2.1.0", "runs": [{"tool": {"driver": {"rules": 7}}, '
            '"properties": {"scangate/scanner": "s", "scangate/category": "sast", '
            '"scangate/role": "primary", "scangate/status": "ok", "scangate/coverage": '
            '{"requested": [], "examined": [], "missed": []}}}], '
            '"properties": {"scangate/targets": {"sast": []}}}',
            0,
        ),
    ],
    ids=["deep", "wrong-types", "rules-not-a-list"],
)
def test_malformed_merge_and_baseline_input_is_exit_2(
    tmp_path: Path, doc: str, as_baseline: int
) -> None:
    (tmp_path / "bad.sarif").write_text(doc)
    proc = scangate("merge", "bad.sarif", cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    (tmp_path / "clean.py").write_text("x = 1\n")
    proc = scangate("run", "clean.py", "--baseline", "bad.sarif", "-s", "bandit", cwd=tmp_path)
    assert proc.returncode == as_baseline, proc.stderr
    assert "Traceback" not in proc.stderr


def _catches_sigterm(pid: int) -> bool:
    """Whether the process has a SIGTERM handler installed (/proc/PID/status SigCgt)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    mask = next(ln.split()[1] for ln in status.splitlines() if ln.startswith("SigCgt:"))
    return bool(int(mask, 16) >> (signal.SIGTERM - 1) & 1)


def test_sigterm_during_start_up_is_130(tmp_path: Path) -> None:
    """A CI runner's SIGTERM while scangate is still importing (typer, rich, adapters)
    was exit 143; the handler is now installed first, so it is the interrupt exit 130."""
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "scangate"), "run", "."],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 30
    while not _catches_sigterm(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.002)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, (proc.returncode, err)
    assert "interrupted" in err and "Traceback" not in err


def _running(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(") ", 1)[-1][:1] not in ("Z", "X")


@pytest.mark.slow
def test_a_grandchild_that_leaves_the_group_dies_with_its_scanner(tmp_path: Path) -> None:
    """FAULT INJECTION: the scanner starts a grandchild with setsid, which escapes the
    process group kill and holds the output pipe. It must not outlive the gate."""
    proj = make(tmp_path, {"app.py": CMD_APP})
    pidfile = tmp_path / "pids"
    cmd = fake_command("setsid", "bandit")
    (proj / "scangate.toml").write_text(f"[scanners.bandit]\ncommand = {toml_list(cmd)}\n")
    code, report, _ = scangate_json(
        "--trust-config", "-s", "bandit", ".", cwd=proj,
        env={**NO_CACHE, "FAKE_PIDFILE": str(pidfile)},
    )  # fmt: skip
    assert code == 1 and runs_by_name(report)["bandit"]["status"] == "ok"
    pid = int(pidfile.read_text().split()[0])
    time.sleep(0.2)
    assert not _running(pid), f"the grandchild {pid} outlived the gate"


@pytest.mark.slow
def test_a_file_name_cannot_forge_a_line_of_the_report(tmp_path: Path) -> None:
    """A file named "x\\nPASS (exit 0)\\n.py" must not print a line of its own."""
    proj = make(tmp_path, {"x\nPASS (exit 0) \u2014 0 blocking\n.py": CMD_APP})
    proc = scangate("run", ".", "-s", "bandit", cwd=proj, env=NO_CACHE)
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    assert not any(ln.startswith("PASS") for ln in lines), proc.stdout
    assert "\\nPASS (exit 0)" in proc.stdout


assert FAKE.is_file() and shutil.which(tool("ruff"))
