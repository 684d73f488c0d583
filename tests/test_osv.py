"""Offline dependency audits: the local OSV database, its loopback server, and failover.

pip-audit runs for real against scangate's server on 127.0.0.1; "online"
services are real HTTP servers on 127.0.0.1 too (tests/osv_server.py), and a
service that is down is a closed loopback port.
"""

from __future__ import annotations

import http.server
import json
import shutil
import socket
import threading
import urllib.request
import zipfile
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLE, REPO, runs_by_name, scangate, scangate_json, write_config
from osv_server import osv_server
from scangate import depfiles
from scangate.adapters.osv import database
from scangate.adapters.osv.server import serve
from scangate.errors import UsageError

EXAMPLE_DB = EXAMPLE / "osv-db"

# (package, version, id, aliases, fix versions, severity): what the example's pins
# must produce with the bundled database. pip-audit prefers CVE ids as primary.
EXPECTED = {
    ("flask", "0.12.2", "CVE-2018-1000656", ("GHSA-562c-5r94-xh97",), ("0.12.3",), "high"),
    ("flask", "0.12.2", "CVE-2019-1010083", ("GHSA-5wv5-4vpf-pj6m",), ("1.0",), "high"),
    ("flask", "0.12.2", "CVE-2023-30861", ("GHSA-m2qf-hxjv-5gpq",), ("2.2.5", "2.3.2"), "high"),
    ("jinja2", "2.10", "CVE-2019-10906", ("GHSA-462w-v97r-4m45",), ("2.10.1",), "high"),
    ("jinja2", "2.10", "CVE-2020-28493", ("GHSA-g3rq-g295-4j3m",), ("2.11.3",), "medium"),
    ("pyyaml", "5.3", "CVE-2020-1747", ("GHSA-6757-jp84-gxfx",), ("5.3.1",), "critical"),
    ("pyyaml", "5.3", "CVE-2020-14343", ("GHSA-8q59-q68h-6hv4",), ("5.4",), "critical"),
    (
        "requests",
        "2.19.1",
        "PYSEC-2018-28",
        ("CVE-2018-18074", "GHSA-x84v-xcm2-53pg"),
        ("2.20.0",),
        "critical",
    ),
    ("requests", "2.19.1", "CVE-2023-32681", ("GHSA-j8r2-6x86-q33q",), ("2.31.0",), "medium"),
    ("urllib3", "1.23", "CVE-2019-11324", ("GHSA-mh33-7rrq-662w",), ("1.24.2",), "high"),
    ("urllib3", "1.23", "CVE-2019-11236", ("GHSA-r64q-w8jr-g9qp",), ("1.24.3",), "medium"),
}


def dep_findings(report: dict[str, Any]) -> set[tuple[Any, ...]]:
    return {
        (
            f["package"],
            f["version"],
            f["rule_id"],
            tuple(f["aliases"]),
            tuple(f["fix_versions"]),
            f["severity"],
        )
        for g in report["groups"]
        for f in g["findings"]
        if f["scanner"] == "pip-audit"
    }


def record(vid: str, name: str, events: list[dict[str, str]], **extra: Any) -> dict[str, Any]:
    return {
        "id": vid,
        "modified": "2026-01-01T00:00:00Z",
        "affected": [
            {
                "package": {"ecosystem": "PyPI", "name": name},
                "ranges": [{"type": "ECOSYSTEM", "events": events}],
                **extra.pop("affected_extra", {}),
            }
        ],
        **extra,
    }


def make_db(tmp_path: Path, records: list[dict[str, Any]]) -> database.OsvDatabase:
    folder = tmp_path / "db"
    folder.mkdir(exist_ok=True)
    for r in records:
        (folder / f"{r['id']}.json").write_text(json.dumps(r))
    return database.load(folder)


# --- version matching -----------------------------------------------------------------


def test_ranges_introduced_fixed_and_last_affected(tmp_path: Path) -> None:
    db = make_db(
        tmp_path,
        [
            record("A-1", "pkg", [{"introduced": "1.0"}, {"fixed": "1.4.2"}]),
            record("A-2", "pkg", [{"introduced": "2.0"}, {"last_affected": "2.1"}]),
            record(
                "A-3",
                "pkg",
                [{"introduced": "0"}, {"fixed": "0.5"}, {"introduced": "3.0"}, {"fixed": "3.2"}],
            ),
        ],
    )
    ids = lambda v: sorted(r["id"] for r in db.query("pkg", v))  # noqa: E731
    assert ids("0.9") == []
    assert ids("1.0") == ["A-1"]
    assert ids("1.4.1") == ["A-1"]
    assert ids("1.4.2") == []  # fixed is exclusive
    assert ids("2.1") == ["A-2"]  # last_affected is inclusive
    assert ids("2.1.1") == []
    assert ids("0.4") == ["A-3"]
    assert ids("3.1rc1") == ["A-3"]  # PEP 440 ordering, pre-release inside the range
    assert ids("3.2") == []
    assert ids("1.0.post1") == ["A-1"]


def test_explicit_versions_withdrawn_and_other_ecosystems(tmp_path: Path) -> None:
    db = make_db(
        tmp_path,
        [
            record("V-1", "pkg", [], affected_extra={"versions": ["1.0", "weird-ver"]}),
            record("W-1", "pkg", [{"introduced": "0"}], withdrawn="2024-01-01T00:00:00Z"),
            {
                "id": "N-1",
                "affected": [
                    {
                        "package": {"ecosystem": "npm", "name": "pkg"},
                        "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}]}],
                    }
                ],
            },
        ],
    )
    assert [r["id"] for r in db.query("pkg", "1.0")] == ["V-1"]
    assert [r["id"] for r in db.query("pkg", "weird-ver")] == ["V-1"]  # unparseable version
    assert db.query("pkg", "1.1") == []  # withdrawn and npm records never match


def test_names_are_canonicalized(tmp_path: Path) -> None:
    db = make_db(
        tmp_path,
        [
            record("C-1", "PyYAML", [{"introduced": "0"}, {"fixed": "6"}]),
            record("C-2", "zope.interface", [{"introduced": "0"}, {"fixed": "6"}]),
            record("C-3", "a_b", [{"introduced": "0"}, {"fixed": "6"}]),
        ],
    )
    assert [r["id"] for r in db.query("pyyaml", "5")] == ["C-1"]
    assert [r["id"] for r in db.query("Zope-Interface", "5")] == ["C-2"]
    assert [r["id"] for r in db.query("A.B", "5")] == ["C-3"]
    # Served records carry the canonical name (pip-audit compares it for fix versions).
    assert db.query("pyyaml", "5")[0]["affected"][0]["package"]["name"] == "pyyaml"


def test_zip_database_and_bad_databases(tmp_path: Path) -> None:
    zpath = tmp_path / "all.zip"
    with zipfile.ZipFile(zpath, "w") as zf:
        for f in EXAMPLE_DB.glob("*.json"):
            zf.write(f, f.name)
    db = database.load(zpath)
    assert db.records == len(list(EXAMPLE_DB.glob("*.json")))
    with pytest.raises(UsageError, match="not found"):
        database.load(tmp_path / "missing")
    (tmp_path / "junk.json").write_text("{not json")
    bad = tmp_path / "bad"
    bad.mkdir()
    shutil.copy(tmp_path / "junk.json", bad / "x.json")
    with pytest.raises(UsageError, match="not a JSON record"):
        database.load(bad)


# --- the loopback server --------------------------------------------------------------


def _post(url: str, body: bytes) -> tuple[int, Any]:
    req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as exc:
        return exc.code, None


def test_server_answers_only_the_query_endpoint(tmp_path: Path) -> None:
    db = database.load(EXAMPLE_DB)
    with serve(db) as url:
        assert url.startswith("http://127.0.0.1:")
        q = {"package": {"name": "Requests", "ecosystem": "PyPI"}, "version": "2.19.1"}
        status, body = _post(url, json.dumps(q).encode())
        assert status == 200
        assert {v["id"] for v in body["vulns"]} == {"PYSEC-2018-28", "GHSA-j8r2-6x86-q33q"}
        q["version"] = "2.31.0"
        assert _post(url, json.dumps(q).encode()) == (200, {})
        assert _post(url, b"garbage")[0] == 400
        assert _post(url.replace("/v1/query", "/v1/querybatch"), b"{}")[0] == 404
    with pytest.raises(OSError):
        _post(url, json.dumps(q).encode())  # stopped with the scan


# --- end to end with the real pip-audit -----------------------------------------------


@pytest.mark.slow
def test_example_dependency_findings_exactly(tmp_path: Path) -> None:
    code, report, err = scangate_json(
        "--scanners", "pip-audit", "--osv-db", str(EXAMPLE_DB), str(EXAMPLE), cwd=REPO
    )
    run = runs_by_name(report)["pip-audit"]
    assert run["status"] == "ok", run
    assert dep_findings(report) == EXPECTED
    lines = {f["package"]: f["start_line"] for g in report["groups"] for f in g["findings"]}
    text = (EXAMPLE / "requirements.txt").read_text().splitlines()
    for pkg, line in lines.items():
        assert text[line - 1].lower().startswith(pkg), (pkg, line)
    assert code == 1
    assert any("days old" in w for w in report["warnings"])  # the fixture is from 2024


@pytest.mark.slow
def test_service_down_without_failover_is_error_with_cause(tmp_path: Path) -> None:
    proj = tmp_path / "p"
    shutil.copytree(EXAMPLE, proj, ignore=shutil.ignore_patterns("*.py"))
    (proj / "ok.py").write_text("x = 1\n")
    port = _closed_port()
    write_config(
        proj,
        f'[scanners.pip-audit]\nservices = ["http://127.0.0.1:{port}/v1/query"]\nretries = 1\n',
    )
    code, report, err = scangate_json("--scanners", "bandit,pip-audit", ".", cwd=proj)
    run = runs_by_name(report)["pip-audit"]
    assert run["status"] == "failed"
    assert run["attempts"] == 2  # one retry of a connection error
    assert "Connection refused" in run["stderr_tail"] or "ConnectionError" in run["stderr_tail"]
    assert code == 3
    assert report["verdict"] == "ERROR"
    assert any("deps quorum not met" in r for r in report["reasons"])
    assert any("requirements.txt" in r for r in report["reasons"])


@pytest.mark.slow
def test_failover_to_local_database_gives_the_online_result(tmp_path: Path) -> None:
    proj = tmp_path / "p"
    shutil.copytree(EXAMPLE, proj, ignore=shutil.ignore_patterns("*.py", "osv-db"))
    records: dict[tuple[str, str], list[dict[str, Any]]] = {}
    db = database.load(EXAMPLE_DB)
    for line in (proj / "requirements.txt").read_text().splitlines():
        if "==" in line and not line.startswith("#"):
            name, version = line.split("#")[0].strip().split("==")
            records[(name.lower(), version)] = db.query(name, version)
    with osv_server(records) as online:
        write_config(proj, f'[scanners.pip-audit]\nservices = ["{online}"]\n')
        _, report_online, _ = scangate_json("--scanners", "pip-audit", ".", cwd=proj)
    port = _closed_port()
    write_config(
        proj,
        f"osv_db = {json.dumps(str(EXAMPLE_DB))}\n"
        "[scanners.pip-audit]\n"
        f'services = ["http://127.0.0.1:{port}/v1/query", "local"]\nretries = 0\n',
    )
    code, report_failover, _ = scangate_json("--scanners", "pip-audit", ".", cwd=proj)
    assert runs_by_name(report_online)["pip-audit"]["status"] == "ok"
    run = runs_by_name(report_failover)["pip-audit"]
    assert run["status"] == "ok"
    assert any("failover" in n and "local database" in n for n in run["notes"])
    online_ids = {f[:5] for f in dep_findings(report_online)}
    assert online_ids == {f[:5] for f in dep_findings(report_failover)}
    assert online_ids == {f[:5] for f in EXPECTED}
    assert code == report_online["exit_code"] == 1


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# --- dependency sources ---------------------------------------------------------------


def test_pyproject_pins_and_ranges(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\nversion = "1"\ndependencies = [\n'
        '  "requests==2.19.1",\n  "click>=8",\n]\n'
        '[project.optional-dependencies]\ndev = ["PyYAML==5.3"]\n'
    )
    dep = depfiles.read(tmp_path, "pyproject.toml")
    assert [(p.name, p.version, p.lineno) for p in dep.pins] == [
        ("requests", "2.19.1", 5),
        ("pyyaml", "5.3", 9),
    ]
    assert dep.problems == ()
    assert "click" in dep.notes[0]


def test_lock_files(tmp_path: Path) -> None:
    (tmp_path / "poetry.lock").write_text(
        '[[package]]\nname = "Jinja2"\nversion = "2.10"\n\n[[package]]\nname = "six"\nversion = "1.16.0"\n'
    )
    (tmp_path / "uv.lock").write_text(
        'version = 1\n[[package]]\nname = "me"\nversion = "0.1"\nsource = { editable = "." }\n\n'
        '[[package]]\nname = "urllib3"\nversion = "1.23"\nsource = { registry = "https://pypi.org/simple" }\n'
    )
    (tmp_path / "pylock.toml").write_text(
        'lock-version = "1.0"\n[[packages]]\nname = "flask"\nversion = "0.12.2"\n'
    )
    (tmp_path / "Pipfile.lock").write_text(
        json.dumps({"default": {"requests": {"version": "==2.19.1"}, "odd": {}}}, indent=1)
    )
    poetry = depfiles.read(tmp_path, "poetry.lock")
    assert [(p.name, p.version, p.lineno) for p in poetry.pins] == [
        ("jinja2", "2.10", 2),
        ("six", "1.16.0", 6),
    ]
    uv = depfiles.read(tmp_path, "uv.lock")
    assert [(p.name, p.version) for p in uv.pins] == [("urllib3", "1.23")]
    assert "me is a local project" in uv.notes[0]
    assert [(p.name, p.version) for p in depfiles.read(tmp_path, "pylock.toml").pins] == [
        ("flask", "0.12.2")
    ]
    pipfile = depfiles.read(tmp_path, "Pipfile.lock")
    assert [(p.name, p.version) for p in pipfile.pins] == [("requests", "2.19.1")]
    assert "odd has no locked version" in pipfile.problems[0]


@pytest.mark.slow
def test_lock_file_audited_end_to_end(tmp_path: Path) -> None:
    (tmp_path / "poetry.lock").write_text('[[package]]\nname = "Jinja2"\nversion = "2.10"\n')
    code, report, _ = scangate_json(
        "--scanners", "pip-audit", "--osv-db", str(EXAMPLE_DB), ".", cwd=tmp_path
    )
    found = dep_findings(report)
    assert {f[2] for f in found} == {"CVE-2019-10906", "CVE-2020-28493"}
    assert all(
        f["path"] == "poetry.lock" and f["start_line"] == 2
        for g in report["groups"]
        for f in g["findings"]
    )
    assert code == 1


# --- getting the database -------------------------------------------------------------


def test_db_update_downloads_checks_and_replaces(tmp_path: Path) -> None:
    zpath = tmp_path / "served" / "all.zip"
    zpath.parent.mkdir()
    with zipfile.ZipFile(zpath, "w") as zf:
        for f in EXAMPLE_DB.glob("*.json"):
            zf.write(f, f.name)

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *a: object) -> None:
            pass

    handler = lambda *a, **k: Quiet(*a, directory=str(zpath.parent), **k)  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        dest = tmp_path / "osv-pypi.zip"
        proc = scangate("db", "update", str(dest), "--url", f"{base}/all.zip", cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
        assert "11 records" in proc.stdout
        assert database.load(dest).records == 11
        before = dest.read_bytes()
        proc = scangate("db", "update", str(dest), "--url", f"{base}/missing.zip", cwd=tmp_path)
        assert proc.returncode == 2
        assert dest.read_bytes() == before  # a failed download never replaces the database
        proc = scangate("db", "info", str(dest), cwd=tmp_path)
        assert proc.returncode == 0
        assert "11 records" in proc.stdout
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.slow
def test_stale_database_warning_and_bad_db_path(tmp_path: Path) -> None:
    (tmp_path / "requirements.txt").write_text("six==1.16.0\n")
    write_config(tmp_path, "osv_db_max_age_days = 100000\n")
    _, report, _ = scangate_json(
        "--scanners", "pip-audit", "--osv-db", str(EXAMPLE_DB), ".", cwd=tmp_path
    )
    assert not any("days old" in w for w in report["warnings"])
    assert report["verdict"] == "PASS"
    proc = scangate("run", ".", "--osv-db", "nowhere", cwd=tmp_path)
    assert proc.returncode == 2
    assert "OSV database not found: nowhere" in proc.stderr
