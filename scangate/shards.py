"""Merge the SARIF logs of several shards into one result and judge it again.

Each shard's SARIF carries, besides results, each scanner's health and
coverage (`run.properties["scangate/coverage"]`) and the shard's targets
(`properties[TARGETS_KEY]`). Merging rebuilds every scanner's run over
all shards and applies the same policy, so the verdict over the merged shards
equals the verdict of one unsharded scan: a file lives in exactly one shard,
so its correlation and its quorum are decided as if unsharded.

The logs are read by `scangate.report.sarif.read`, as untrusted input.

A merge must also know it has every shard. Each shard records `K/N`, a run id
and a digest of every target of the unsharded scan (`properties[SHARD_KEY]`).
Merge refuses, with exit 3 (the gate cannot vouch for the code), shards of
different runs or counts, a shard given twice, a missing shard, and shards whose
targets do not add up to the digest: a shard that never uploaded must not turn
into a PASS for the files it held.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any
from urllib.parse import unquote

from scangate.decide.adoption import Gating
from scangate.decide.policy import gate_and_decide
from scangate.discover import digest
from scangate.errors import IncompleteMerge, UsageError
from scangate.model import Category, Coverage, Rule, RunStatus, ScannerRun
from scangate.report.sarif.names import PREFIX_KEY, SHARD_KEY, TARGETS_KEY
from scangate.report.sarif.read import load_log, run_from_sarif, safe_uri
from scangate.result import ScanResult, ShardInfo
from scangate.settings.config import Config


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
    raw = doc["properties"].get(SHARD_KEY)
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
        doc = load_log(path)
        shards.append((path, _shard(doc, path)))
        prefix = doc["properties"].get(PREFIX_KEY, "")
        if not isinstance(prefix, str) or prefix.startswith("/") or ".." in prefix.split("/"):
            raise UsageError(f"{path}: malformed {PREFIX_KEY}")
        prefixes.add(prefix)
        categories.add(str(doc["properties"].get("scangate/category") or ""))
        for cat, ts in doc["properties"][TARGETS_KEY].items():
            if not isinstance(ts, list):
                raise UsageError(f"{path}: scangate/targets: expected lists of paths")
            try:
                targets[Category(cat)].extend(safe_uri(t, path) for t in ts)
            except ValueError:
                raise UsageError(f"{path}: unknown category {cat!r}") from None
        for i, run in enumerate(doc["runs"]):
            r = run_from_sarif(run, f"{path}: runs[{i}]", prefix)
            by_scanner[r.scanner].append(r)
            base = ((run.get("originalUriBaseIds") or {}).get("%SRCROOT%") or {}).get("uri")
            if isinstance(base, str):
                roots.add(base)
    if len(prefixes) > 1:
        raise IncompleteMerge(f"the logs scanned different folders: {', '.join(sorted(prefixes))}")
    check_shards(shards, targets)
    runs = tuple(_combine(parts) for parts in by_scanner.values())
    found = {c: tuple(sorted(set(ts))) for c, ts in targets.items()}
    runs, decision = gate_and_decide(runs, found, config, gating)
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
