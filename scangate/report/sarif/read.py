"""Reading SARIF that scangate wrote: shard logs to merge, and baselines.

SARIF given to scangate is untrusted input: a file that is not JSON, not SARIF
2.1.0 from scangate, too large, nested too deeply, or whose URIs leave the root
is refused with one line and exit 2 (UsageError), whatever shape its insides take.
What it cannot refuse it defuses: a column that is not a positive integer is
dropped, and a span that ends before it starts is read as one line.
"""

from __future__ import annotations

import json
import os
import posixpath
from pathlib import Path
from typing import Any

from scangate.cwe import parse_cwes
from scangate.decide.adoption import Baseline, BaselineEntry, loose_key
from scangate.errors import UsageError
from scangate.model import (
    Category,
    Coverage,
    Finding,
    Location,
    Miss,
    Role,
    Rule,
    RunStatus,
    ScannerRun,
    Severity,
    ToolInfo,
)
from scangate.report.sarif.names import (
    COVERAGE_KEY,
    FINGERPRINT_KEY,
    LINE_HASH_KEY,
    PREFIX_KEY,
    TARGETS_KEY,
    path_of,
)

MAX_BYTES = 200 * 1024 * 1024
MAX_RUNS = 50


def max_bytes() -> int:
    """Size limit of a SARIF file given to scangate ($SCANGATE_MAX_SARIF_BYTES overrides)."""
    try:
        return int(os.environ.get("SCANGATE_MAX_SARIF_BYTES", MAX_BYTES))
    except ValueError:
        return MAX_BYTES


def safe_uri(uri: object, where: str) -> str:
    """A root-relative POSIX path, or refuse: no scheme, no absolute path, no '..'."""
    if not isinstance(uri, str) or not uri:
        raise UsageError(f"{where}: a result has no artifact URI")
    if "://" in uri or uri.startswith(("/", "\\")) or ":" in uri.split("/", 1)[0]:
        raise UsageError(f"{where}: URI is not relative to the root: {uri[:120]}")
    norm = posixpath.normpath(uri)
    if norm == ".." or norm.startswith("../") or "\\" in uri or "\0" in uri:
        raise UsageError(f"{where}: URI escapes the root: {uri[:120]}")
    return norm


def read_json(path: str, what: str) -> Any:
    """A JSON file given to scangate (a shard's log, a baseline), within the size limit."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError:
        raise UsageError(f"{what} not found: {path}") from None
    limit = max_bytes()
    if size > limit:
        raise UsageError(f"{what} too large ({size} bytes, limit {limit}): {path}")
    try:
        return json.loads(p.read_bytes())
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise UsageError(f"{what} is not valid JSON: {path}: {exc}") from None
    except RecursionError:
        raise UsageError(f"{what} is not valid SARIF (nested too deeply): {path}") from None


def load_log(path: str) -> dict[str, Any]:
    """A shard's log: SARIF 2.1.0 that `scangate run` wrote (its targets recorded)."""
    doc = read_json(path, "SARIF file")
    if not isinstance(doc, dict) or doc.get("version") != "2.1.0":
        raise UsageError(
            f"{path}: not a SARIF 2.1.0 log (version {doc.get('version')!r})"
            if isinstance(doc, dict)
            else f"{path}: not a SARIF log"
        )
    props = doc.get("properties")
    if not isinstance(props, dict) or not isinstance(props.get(TARGETS_KEY), dict):
        raise UsageError(f"{path}: not written by `scangate run` (no scangate/targets)")
    runs = doc.get("runs")
    if not isinstance(runs, list) or len(runs) > MAX_RUNS:
        raise UsageError(f"{path}: malformed runs")
    return doc


def _column(value: object) -> int | None:
    """A SARIF column (an integer from 1), or None for anything else."""
    return value if type(value) is int and value >= 1 else None


def _str(value: object, where: str) -> str:
    """A field that must be a string, or refuse the file."""
    if not isinstance(value, str):
        raise UsageError(f"{where}: expected a string, got {type(value).__name__}")
    return value


def run_from_sarif(run: Any, where: str, prefix: str = "") -> ScannerRun:
    """A scanner's run back from a run scangate wrote: health, coverage, rules, findings.

    `where` names the file in errors; `prefix` is the log's repository prefix, taken
    off every URI. Results marked `absent` (a baseline's) are not findings.
    """
    if not isinstance(run, dict):
        raise UsageError(f"{where}: a run is not an object")
    props = run.get("properties") or {}
    driver = (run.get("tool") or {}).get("driver") or {}
    try:
        scanner = _str(props["scangate/scanner"], where)
        category = Category(props["scangate/category"])
        role = Role(props["scangate/role"])
        status = RunStatus(props["scangate/status"])
        coverage = _coverage(props[COVERAGE_KEY], where)
    except (KeyError, TypeError, ValueError) as exc:
        raise UsageError(f"{where}: run lacks scangate health/coverage ({exc})") from None
    rules = [_rule(rd, where) for rd in driver.get("rules") or []]
    findings = [
        _finding(res, scanner, category, where, prefix)
        for res in run.get("results") or []
        if isinstance(res, dict) and res.get("baselineState") != "absent"
    ]
    inv = (run.get("invocations") or [{}])[0]
    return ScannerRun(
        scanner=scanner,
        category=category,
        role=role,
        status=status,
        tool=ToolInfo(
            str(driver.get("name", scanner)), driver.get("version"), driver.get("informationUri")
        ),
        coverage=coverage,
        findings=tuple(findings),
        rules=tuple(rules),
        exit_codes=(inv.get("exitCode"),) if isinstance(inv.get("exitCode"), int) else (),
        message=str(props.get("scangate/message", "")),
        notes=tuple(str(n) for n in props.get("scangate/notes") or []),
        checks=_ints(props.get("scangate/checks") or [], where),
    )


def _coverage(cov: Any, where: str) -> Coverage:
    """A run's coverage property; every target a safe root-relative path."""
    return Coverage(
        tuple(safe_uri(t, where) for t in cov["requested"]),
        tuple(safe_uri(t, where) for t in cov["examined"]),
        tuple(
            Miss(
                safe_uri(m["target"], where),
                _str(m["reason"], where),
                None if m.get("cwes") is None else _ints(m["cwes"], where),
                m.get("partial") is True,
            )
            for m in cov["missed"]
        ),
    )


def _rule(rd: Any, where: str) -> Rule:
    """A rule back from its reportingDescriptor (severity from its security-severity)."""
    rp = rd.get("properties") or {}
    return Rule(
        id=_str(rd.get("id"), where),
        name=str(rd.get("name") or rd.get("id")),
        short_description=str((rd.get("shortDescription") or {}).get("text", "")),
        full_description=str((rd.get("fullDescription") or {}).get("text", "")),
        help_text=str((rd.get("help") or {}).get("text", "")),
        help_uri=rd.get("helpUri") if isinstance(rd.get("helpUri"), str) else None,
        cwes=parse_cwes(rp.get("cwe") or []),
        severity=_severity(rp.get("security-severity")),
        tags=tuple(
            t
            for t in rp.get("tags") or []
            if isinstance(t, str) and not t.startswith(("security", "external/cwe"))
        ),
        score=rp.get("security-severity") if isinstance(rp.get("security-severity"), str) else None,
    )


def _finding(
    res: dict[str, Any], scanner: str, category: Category, where: str, prefix: str
) -> Finding:
    """A finding back from its result; any field of the wrong shape refuses the file."""
    rp = res.get("properties") or {}
    try:
        loc = res["locations"][0]["physicalLocation"]
        region = loc.get("region") or {}
        path = safe_uri(path_of(_str(loc["artifactLocation"]["uri"], where), prefix), where)
        start = int(region.get("startLine", 1))
        return Finding(
            scanner=scanner,
            category=category,
            rule_id=_str(res["ruleId"], where),
            message=_str(res["message"]["text"], where),
            severity=Severity.parse(str(rp.get("severity", "medium"))),
            location=Location(
                path,
                start,
                max(int(region.get("endLine", start)), start),
                _column(region.get("startColumn")),
                _column(region.get("endColumn")),
            ),
            cwes=parse_cwes(rp.get("cwe") or []),
            fingerprint=_str(res["partialFingerprints"][FINGERPRINT_KEY], where),
            line_hash=str(rp.get(LINE_HASH_KEY, "")),
            confidence=rp.get("confidence"),
            package=rp.get("package"),
            version=rp.get("installedVersion"),
            vuln_id=_str(res["ruleId"], where) if rp.get("package") else None,
            aliases=tuple(rp.get("aliases") or ()),
            fix_versions=tuple(rp.get("fixVersions") or ()),
        )
    except (KeyError, IndexError, TypeError, ValueError) as exc:
        raise UsageError(f"{where}: malformed result ({exc})") from None


def _ints(value: object, where: str) -> tuple[int, ...]:
    """A field that must be a list of integers (CWE ids), or refuse the file."""
    if not isinstance(value, list) or not all(type(v) is int for v in value):
        raise UsageError(f"{where}: expected a list of integers")
    return tuple(value)


def _severity(score: object) -> Severity:
    """A rule's severity from its security-severity score; info when there is none."""
    try:
        return Severity.from_score(float(str(score)))
    except ValueError:
        return Severity.INFO


def load_baseline(path: str) -> Baseline:
    """Read a SARIF file written by `scangate baseline` (or `run --output`)."""
    doc = read_json(path, "baseline")
    try:
        return _baseline(doc, path)
    except (TypeError, AttributeError, ValueError, KeyError, IndexError) as exc:
        # A baseline is input: any shape the checks below did not foresee is still bad input.
        raise UsageError(f"baseline is malformed: {path}: {exc.__class__.__name__}") from None


def _baseline(doc: Any, path: str) -> Baseline:
    """Every result of the baseline with its fingerprint and its loose key (tool, rule,
    file, line hash), by which a finding whose lines moved is still recognised."""
    if (
        not isinstance(doc, dict)
        or doc.get("version") != "2.1.0"
        or not isinstance(doc.get("runs"), list)
    ):
        raise UsageError(f"baseline is not a SARIF 2.1.0 log: {path}")
    entries = []
    props = doc.get("properties") or {}
    prefix = props.get(PREFIX_KEY, "") if isinstance(props, dict) else ""
    prefix = prefix if isinstance(prefix, str) else ""
    for run in doc["runs"]:
        if not isinstance(run, dict):
            raise UsageError(f"baseline has a malformed run: {path}")
        tool = str(
            run.get("properties", {}).get("scangate/scanner")
            or run.get("tool", {}).get("driver", {}).get("name", "")
        )
        for res in run.get("results") or []:
            if not isinstance(res, dict):
                continue
            fp = (res.get("partialFingerprints") or {}).get(FINGERPRINT_KEY)
            props = res.get("properties") or {}
            if not isinstance(fp, str) or res.get("baselineState") == "absent":
                continue
            loose = loose_key(
                tool,
                str(res.get("ruleId", "")),
                _uri(res, prefix),
                str(props.get(LINE_HASH_KEY, "")),
            )
            entries.append(BaselineEntry(tool, str(res.get("ruleId", "")), fp, loose, res))
    return Baseline(path, tuple(entries))


def _uri(res: dict[str, Any], prefix: str = "") -> str:
    """A result's root-relative path (its URI decoded, the repository prefix off)."""
    try:
        text = str(res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])
    except (KeyError, IndexError, TypeError):
        return ""
    return path_of(text, prefix)
