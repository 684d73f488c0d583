"""Merge the SARIF of several shards into one log and judge it again.

Each shard's SARIF carries, besides results, each scanner's health and
coverage (`run.properties["scangate/coverage"]`) and the shard's targets
(`properties["scangate/targets"]`). Merging rebuilds every scanner's run over
all shards and applies the same policy, so the verdict over the merged shards
equals the verdict of one unsharded scan: a file lives in exactly one shard,
so its correlation and its quorum are decided as if unsharded.

SARIF given to merge is untrusted input: a file that is not JSON, not SARIF
2.1.0 from scangate, too large, or whose URIs leave the root is refused (exit
2), whatever shape its insides take.

A merge must also know it has every shard. Each shard records `K/N`, a run id
and a digest of every target of the unsharded scan (`properties["scangate/shard"]`).
Merge refuses, with exit 3 (the gate cannot vouch for the code), shards of
different runs or counts, a shard given twice, a missing shard, and shards whose
targets do not add up to the digest: a shard that never uploaded must not turn
into a PASS for the files it held.
"""

from __future__ import annotations

import json
import os
import posixpath
from collections import defaultdict
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from scangate.config import Config
from scangate.cwe import parse_cwes
from scangate.errors import IncompleteMerge, UsageError
from scangate.gating import Gating
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
    ScanResult,
    Severity,
    ShardInfo,
    ToolInfo,
)
from scangate.policy import decide
from scangate.sarif import PREFIX_KEY, path_of
from scangate.targets import digest

MAX_BYTES = 200 * 1024 * 1024
MAX_RUNS = 50


def max_bytes() -> int:
    """Size limit of a SARIF file given to merge ($SCANGATE_MAX_SARIF_BYTES overrides)."""
    try:
        return int(os.environ.get("SCANGATE_MAX_SARIF_BYTES", MAX_BYTES))
    except ValueError:
        return MAX_BYTES


def _safe_uri(uri: object, where: str) -> str:
    """A root-relative POSIX path, or refuse: no scheme, no absolute path, no '..'."""
    if not isinstance(uri, str) or not uri:
        raise UsageError(f"{where}: a result has no artifact URI")
    if "://" in uri or uri.startswith(("/", "\\")) or ":" in uri.split("/", 1)[0]:
        raise UsageError(f"{where}: URI is not relative to the root: {uri[:120]}")
    norm = posixpath.normpath(uri)
    if norm == ".." or norm.startswith("../") or "\\" in uri or "\0" in uri:
        raise UsageError(f"{where}: URI escapes the root: {uri[:120]}")
    return norm


def _load(path: str) -> dict[str, Any]:
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError:
        raise UsageError(f"{path}: no such file") from None
    limit = max_bytes()
    if size > limit:
        raise UsageError(f"{path}: too large to merge ({size} bytes, limit {limit})")
    try:
        doc = json.loads(p.read_bytes())
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: not valid JSON: {exc}") from None
    except RecursionError:
        raise UsageError(f"{path}: not valid SARIF: nested too deeply") from None
    if not isinstance(doc, dict) or doc.get("version") != "2.1.0":
        raise UsageError(
            f"{path}: not a SARIF 2.1.0 log (version {doc.get('version')!r})"
            if isinstance(doc, dict)
            else f"{path}: not a SARIF log"
        )
    props = doc.get("properties")
    if not isinstance(props, dict) or not isinstance(props.get("scangate/targets"), dict):
        raise UsageError(f"{path}: not written by `scangate run` (no scangate/targets)")
    runs = doc.get("runs")
    if not isinstance(runs, list) or len(runs) > MAX_RUNS:
        raise UsageError(f"{path}: malformed runs")
    return doc


def _column(value: object) -> int | None:
    """A SARIF column (an integer from 1), or None for anything else."""
    return value if type(value) is int and value >= 1 else None


def _str(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise UsageError(f"{where}: expected a string, got {type(value).__name__}")
    return value


def _run_from_sarif(run: Any, where: str, prefix: str = "") -> ScannerRun:
    if not isinstance(run, dict):
        raise UsageError(f"{where}: a run is not an object")
    props = run.get("properties") or {}
    driver = (run.get("tool") or {}).get("driver") or {}
    try:
        scanner = _str(props["scangate/scanner"], where)
        category = Category(props["scangate/category"])
        role = Role(props["scangate/role"])
        status = RunStatus(props["scangate/status"])
        cov = props["scangate/coverage"]
        coverage = Coverage(
            tuple(_safe_uri(t, where) for t in cov["requested"]),
            tuple(_safe_uri(t, where) for t in cov["examined"]),
            tuple(
                Miss(
                    _safe_uri(m["target"], where),
                    _str(m["reason"], where),
                    None if m.get("cwes") is None else _ints(m["cwes"], where),
                    m.get("partial") is True,
                )
                for m in cov["missed"]
            ),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise UsageError(f"{where}: run lacks scangate health/coverage ({exc})") from None
    rules = []
    for rd in driver.get("rules") or []:
        rp = rd.get("properties") or {}
        rules.append(
            Rule(
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
                score=rp.get("security-severity")
                if isinstance(rp.get("security-severity"), str)
                else None,
            )
        )
    findings = []
    for res in run.get("results") or []:
        if not isinstance(res, dict) or res.get("baselineState") == "absent":
            continue
        rp = res.get("properties") or {}
        try:
            loc = res["locations"][0]["physicalLocation"]
            region = loc.get("region") or {}
            path = _safe_uri(path_of(_str(loc["artifactLocation"]["uri"], where), prefix), where)
            start = int(region.get("startLine", 1))
            findings.append(
                Finding(
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
                    fingerprint=_str(res["partialFingerprints"]["scangate/v1"], where),
                    line_hash=str(rp.get("scangate/lineHash", "")),
                    confidence=rp.get("confidence"),
                    package=rp.get("package"),
                    version=rp.get("installedVersion"),
                    vuln_id=_str(res["ruleId"], where) if rp.get("package") else None,
                    aliases=tuple(rp.get("aliases") or ()),
                    fix_versions=tuple(rp.get("fixVersions") or ()),
                )
            )
        except (KeyError, IndexError, TypeError, ValueError) as exc:
            raise UsageError(f"{where}: malformed result ({exc})") from None
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


def _ints(value: object, where: str) -> tuple[int, ...]:
    if not isinstance(value, list) or not all(type(v) is int for v in value):
        raise UsageError(f"{where}: expected a list of integers")
    return tuple(value)


def _severity(score: object) -> Severity:
    try:
        return Severity.from_score(float(str(score)))
    except ValueError:
        return Severity.INFO


def _combine(parts: list[ScannerRun]) -> ScannerRun:
    """One scanner's runs over all shards, with its status recomputed from coverage."""
    first = parts[0]
    requested = tuple(t for p in parts for t in p.coverage.requested)
    examined = tuple(t for p in parts for t in p.coverage.examined)
    missed = tuple(m for p in parts for m in p.coverage.missed)
    statuses = {p.status for p in parts}
    active = [p for p in parts if p.status not in (RunStatus.NOT_APPLICABLE, RunStatus.SKIPPED)]
    if not active:
        status = RunStatus.SKIPPED if RunStatus.SKIPPED in statuses else RunStatus.NOT_APPLICABLE
    else:
        status = RunStatus.judge(len(examined), missed, RunStatus.TIMEOUT in statuses)
    rules: dict[str, Rule] = {}
    for p in parts:
        for r in p.rules:
            rules.setdefault(r.id, r)
    messages = [p.message for p in active if p.message]
    checks = set(parts[0].checks)
    for p in parts[1:]:
        checks &= set(p.checks)  # what every shard's scanner checked
    return ScannerRun(
        scanner=first.scanner,
        category=first.category,
        role=first.role,
        status=status,
        tool=first.tool,
        coverage=Coverage(requested, examined, missed),
        findings=tuple(f for p in parts for f in p.findings),
        rules=tuple(rules.values()),
        exit_codes=tuple(c for p in parts for c in p.exit_codes),
        message="; ".join(dict.fromkeys(messages)),
        notes=tuple(dict.fromkeys(n for p in parts for n in p.notes)),
        checks=tuple(sorted(checks)),
    )


def _shard(doc: dict[str, Any], path: str) -> ShardInfo:
    """A log's shard record; an unsharded log is shard 1 of 1 of its own run."""
    raw = doc["properties"].get("scangate/shard")
    if raw is None:
        return ShardInfo(1, 1, f"unsharded:{path}", "")
    try:
        info = ShardInfo(
            int(raw["index"]), int(raw["count"]), str(raw["runId"]), str(raw["allTargets"])
        )
    except (KeyError, TypeError, ValueError):
        raise UsageError(f"{path}: malformed scangate/shard record") from None
    if not 1 <= info.index <= info.count:
        raise UsageError(f"{path}: shard {info.index}/{info.count} is not a shard")
    return info


def check_shards(shards: list[tuple[str, ShardInfo]], targets: dict[Category, list[str]]) -> None:
    """Refuse (IncompleteMerge, exit 3) any set of logs that is not every shard of one run."""
    infos = [i for _, i in shards]
    if len(infos) == 1 and infos[0].count == 1:
        return
    runs = sorted({(i.run_id, i.count, i.all_targets) for i in infos})
    if len(runs) > 1:
        listed = "; ".join(f"{p}: run {i.run_id} shard {i.index}/{i.count}" for p, i in shards)
        raise IncompleteMerge(f"the logs are not the shards of one run: {listed}")
    count = infos[0].count
    seen: dict[int, str] = {}
    for p, i in shards:
        if i.index in seen:
            raise IncompleteMerge(f"shard {i.index}/{count} given twice: {seen[i.index]} and {p}")
        seen[i.index] = p
    missing = [k for k in range(1, count + 1) if k not in seen]
    if missing:
        raise IncompleteMerge(
            f"shard(s) {', '.join(f'{k}/{count}' for k in missing)} of run {infos[0].run_id} "
            "missing: the files they held were not checked"
        )
    found = {c: tuple(sorted(set(ts))) for c, ts in targets.items()}
    if infos[0].all_targets and digest(found) != infos[0].all_targets:
        raise IncompleteMerge(
            "the shards' targets do not add up to the run's: a shard scanned other files "
            "than its run listed"
        )


def merge(paths: list[str], config: Config, gating: Gating | None = None) -> ScanResult:
    """Every shard's log, judged again as one scan (see the module docstring)."""
    if not paths:
        raise UsageError("merge: give the SARIF files of the shards")
    try:
        return _merge(paths, config, gating)
    except (TypeError, AttributeError, ValueError, KeyError, IndexError, RecursionError) as exc:
        # Hostile or damaged input that got past the checks above: still bad input.
        raise UsageError(f"merge: malformed SARIF ({exc.__class__.__name__}: {exc})") from None


def _merge(paths: list[str], config: Config, gating: Gating | None) -> ScanResult:
    by_scanner: dict[str, list[ScannerRun]] = defaultdict(list)
    targets: dict[Category, list[str]] = {c: [] for c in Category}
    roots = set()
    shards: list[tuple[str, ShardInfo]] = []
    prefixes: set[str] = set()
    categories: set[str] = set()
    for path in paths:
        doc = _load(path)
        shards.append((path, _shard(doc, path)))
        prefix = doc["properties"].get(PREFIX_KEY, "")
        if not isinstance(prefix, str) or prefix.startswith("/") or ".." in prefix.split("/"):
            raise UsageError(f"{path}: malformed {PREFIX_KEY}")
        prefixes.add(prefix)
        categories.add(str(doc["properties"].get("scangate/category") or ""))
        for cat, ts in doc["properties"]["scangate/targets"].items():
            if not isinstance(ts, list):
                raise UsageError(f"{path}: scangate/targets: expected lists of paths")
            try:
                targets[Category(cat)].extend(_safe_uri(t, path) for t in ts)
            except ValueError:
                raise UsageError(f"{path}: unknown category {cat!r}") from None
        for i, run in enumerate(doc["runs"]):
            r = _run_from_sarif(run, f"{path}: runs[{i}]", prefix)
            by_scanner[r.scanner].append(r)
            base = ((run.get("originalUriBaseIds") or {}).get("%SRCROOT%") or {}).get("uri")
            if isinstance(base, str):
                roots.add(base)
    if len(prefixes) > 1:
        raise IncompleteMerge(f"the logs scanned different folders: {', '.join(sorted(prefixes))}")
    check_shards(shards, targets)
    runs = tuple(_combine(parts) for parts in by_scanner.values())
    found = {c: tuple(sorted(set(ts))) for c, ts in targets.items()}
    decision = decide(runs, found, config, gating)
    prefix = prefixes.pop() if prefixes else ""
    repo = unquote(sorted(roots)[0].removeprefix("file://")).rstrip("/") if roots else "."
    root = f"{repo}/{prefix}".rstrip("/") if prefix else repo
    return ScanResult(
        root or "/",
        runs,
        decision,
        found,
        0.0,
        0.0,
        uri_prefix=prefix,
        category=sorted(categories)[0] if len(categories) == 1 else "",
    )
