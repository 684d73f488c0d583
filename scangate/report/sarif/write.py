"""Our model -> SARIF 2.1.0, built with sarif-om, one run per scanner.

sarif-om's usual serializer (jschema_to_python) drops every field equal to its
schema default, including an explicit `level: "warning"` (which then inherits
the rule's level: a change of meaning). `to_dict` below writes every field we
set and drops only unset (None) ones and sarif-om's placeholder defaults such as
`-1` indexes, keeping `level` always.
"""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources
from operator import attrgetter
from typing import Any
from urllib.parse import quote

import attr
import orjson
import sarif_om as so

from scangate import __version__
from scangate.gcpause import paused
from scangate.model import Finding, Location, Rule, RunStatus, ScannerRun, Severity
from scangate.report.common import policy_data
from scangate.report.sarif.names import (
    COVERAGE_KEY,
    FINGERPRINT_KEY,
    PREFIX_KEY,
    SHARD_KEY,
    SRCROOT,
    TARGETS_KEY,
    uri,
)
from scangate.result import Group, ScanResult

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"


ALWAYS_WRITE = frozenset({"level"})  # schema names kept even when equal to the default
MAX_TAGS = 20
MAX_RUNS = 20  # GitHub rejects an upload with more runs
MAX_RESULTS = 25_000  # GitHub's limit per run; the most severe are kept
MAX_NOTIFIED = 100  # targets a run's notifications name; the rest are counted
_dumps = orjson.dumps


class _Plain(dict):  # type: ignore[type-arg]
    """A dict that holds only JSON data already: to_dict passes it through."""


_FIELDS: dict[type, list[tuple[str, str, Any]]] = {}


def _fields(cls: type) -> list[tuple[str, str, Any]]:
    """(attribute, schema name, default) of a sarif-om class, computed once per class."""
    found = _FIELDS.get(cls)
    if found is None:
        found = []
        for f in attr.fields(cls):
            default = f.default
            if isinstance(default, attr.Factory):  # type: ignore[arg-type]
                default = default.factory()
            found.append((f.name, f.metadata.get("schema_property_name", f.name), default))
        _FIELDS[cls] = found
    return found


def to_dict(obj: Any) -> Any:
    """Serialize sarif-om objects using each field's schema property name."""
    cls = type(obj)
    if cls is _Plain or cls is orjson.Fragment:
        return obj  # already plain JSON data, or JSON text: nothing to convert
    if hasattr(cls, "__attrs_attrs__"):
        out: dict[str, Any] = {}
        for attr_name, name, default in _fields(cls):
            value = getattr(obj, attr_name)
            if value is None:
                continue
            if name not in ALWAYS_WRITE and default is not attr.NOTHING and value == default:
                continue
            out[name] = to_dict(value)
        return out
    if cls is dict:
        return {str(k): to_dict(v) for k, v in obj.items()}
    if cls is list or cls is tuple:
        return [to_dict(v) for v in obj]
    return obj


def _utc(ts: float) -> str:
    return dt.datetime.fromtimestamp(ts, tz=dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _rule(rule: Rule) -> so.ReportingDescriptor:
    tags = ["security", *(f"external/cwe/cwe-{c}" for c in rule.cwes), *rule.tags]
    props: dict[str, Any] = {"tags": list(dict.fromkeys(tags))[:MAX_TAGS]}
    score = rule.score or rule.severity.security_severity
    if score:
        props["security-severity"] = score
    props["precision"] = "high" if rule.severity >= Severity.HIGH else "medium"
    if rule.cwes:
        props["cwe"] = [f"CWE-{c}" for c in rule.cwes]
    help_md = rule.help_text.replace("\n", "\n\n")
    return so.ReportingDescriptor(
        id=rule.id,
        # SARIF 3.49.7: a name identical to the id must be omitted.
        name=rule.name if rule.name != rule.id else None,
        short_description=so.MultiformatMessageString(text=rule.short_description[:1024]),
        full_description=so.MultiformatMessageString(text=rule.full_description or rule.id),
        help=so.MultiformatMessageString(text=rule.help_text or rule.id, markdown=help_md or None),
        help_uri=rule.help_uri,
        default_configuration=so.ReportingConfiguration(level=rule.severity.sarif_level),
        properties=props,
    )


def _region(loc: Location) -> bytes:
    """A SARIF region, encoded: lines from 1; columns only when known, end after start."""
    start = loc.start_line if loc.start_line > 1 else 1
    end = loc.end_line if loc.end_line > start else start
    start_col, end_col = loc.start_column, loc.end_column
    if start_col is None and end_col is None:
        return b'{"startLine":%d,"endLine":%d}' % (start, end)
    region = {"startLine": start}
    if start_col is not None and start_col >= 1:
        region["startColumn"] = start_col
    else:
        start_col = 0
    region["endLine"] = end
    if (
        end_col is not None
        and end_col >= 1
        and not (start_col and loc.end_line == loc.start_line and end_col <= start_col)
    ):
        region["endColumn"] = end_col
    return _dumps(region)


_LABEL_OF = {s: s.label for s in Severity}
_LEVEL_OF = {s: s.sarif_level for s in Severity}
# A result: head, artifact location, region, fingerprint key and value, extra
# fields, common props, line hash, more props. Its head: rule id, rule index,
# level, message.
_RESULT = (
    b'%b%b,"region":%b}}],"partialFingerprints":{"%b":%b}%b,'
    b'"properties":{%b,"scangate/lineHash":%b%b}}'
)
_HEAD = (
    b'{"ruleId":%b,"ruleIndex":%d,"level":%b,"message":%b,'
    b'"locations":[{"physicalLocation":{"artifactLocation":'
)


def _results(
    findings: list[Finding],
    index: dict[str, int],
    group_of: dict[str, bytes],
    absent: list[dict[str, Any]],
    prefix: str = "",
) -> orjson.Fragment:
    """A run's results as one JSON array: its findings, then its baseline's absent ones.

    Results are the one part of the log that grows with the findings (up to 25,000 a
    run). With a dict tree built and encoded per result, rendering took 1.7 times as
    long (benchmarks/bench.py, own share). Most of a result is shared with others (the
    rule's head and message, the file, the group's votes, the CWE list), so each
    shared part is encoded once and a result is put together from encoded parts.
    Every string still goes through orjson, never hand-escaped; the keys are those
    of sarif_om.Result. The run holds the array as an orjson.Fragment.
    """
    # (rule, severity, message, scanner, CWEs) -> the result's head, common properties
    shared: dict[tuple[str, Severity, str, str, tuple[int, ...]], tuple[bytes, bytes]] = {}
    artifacts: dict[str, bytes] = {}
    fingerprint_key = FINGERPRINT_KEY.encode()
    parts: list[bytes] = []
    for f in findings:
        if f.rule_id not in index:
            continue
        key = (f.rule_id, f.severity, f.message, f.scanner, f.cwes)
        got = shared.get(key)
        if got is None:
            got = shared[key] = _shared_parts(f, index[f.rule_id])
        loc = f.location
        artifact = artifacts.get(loc.path)
        if artifact is None:
            artifact = artifacts[loc.path] = _dumps(
                {"uri": uri(prefix, loc.path), "uriBaseId": SRCROOT}
            )
        extra = b""
        if f.baseline_state or f.waiver or f.suppressed:
            extra = b"," + _dumps(_rare_fields(f))[1:-1]
        more = group_of.get(f.fingerprint, b"")
        if f.pre_existing:
            more += b',"scangate/preExisting":true'
        if f.confidence or f.package:
            more += b"," + _dumps(_rare_props(f))[1:-1]
        parts.append(
            _RESULT
            % (
                got[0],
                artifact,
                _region(loc),
                fingerprint_key,
                _dumps(f.fingerprint),
                extra,
                got[1],
                _dumps(f.line_hash),
                more,
            )
        )
    parts.extend(_dumps(a) for a in absent)
    return orjson.Fragment(b"[" + b",".join(parts) + b"]")


def _shared_parts(f: Finding, rule_index: int) -> tuple[bytes, bytes]:
    """The encoded head of a result and its common properties, shared by all the
    results of one rule, severity, message, scanner and CWE list."""
    head = _HEAD % (
        _dumps(f.rule_id),
        rule_index,
        _dumps(_LEVEL_OF[f.severity]),
        _dumps({"text": f.message or f.rule_id}),
    )
    props: dict[str, Any] = {"severity": _LABEL_OF[f.severity], "scangate/tool": f.scanner}
    if f.cwes:
        props["cwe"] = [f"CWE-{c}" for c in f.cwes]
    return head, _dumps(props)[1:-1]


def _rare_fields(f: Finding) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    if f.baseline_state:
        fields["baselineState"] = f.baseline_state.value
    suppressions = []
    if f.suppressed:
        suppressions.append(
            {"kind": "inSource", "status": "accepted", "justification": f.suppressed}
        )
    if f.waiver:
        # sarif-om 1.0.4's Suppression predates 2.1.0's `status` (it has `state`).
        waived = {"kind": "external", "status": "accepted", "justification": f.waiver}
        suppressions.append(waived)
    if suppressions:
        fields["suppressions"] = suppressions
    return fields


def _rare_props(f: Finding) -> dict[str, Any]:
    props: dict[str, Any] = {}
    if f.confidence:
        props["confidence"] = f.confidence
    if f.package:
        props["package"] = f.package
        props["installedVersion"] = f.version
        props["aliases"] = list(f.aliases)
        props["fixVersions"] = list(f.fix_versions)
    return props


def _group_props(g: Group) -> dict[str, Any]:
    return {
        "scangate/group": g.id,
        "scangate/votes": g.votes,
        "scangate/votesNeeded": g.votes_needed,
        "scangate/scanners": list(g.scanners),
        "scangate/blocking": g.blocking,
    }


def _invocation(run: ScannerRun, dropped: int = 0, prefix: str = "") -> so.Invocation:
    notes: list[so.Notification] = []
    if dropped:
        notes.append(
            so.Notification(
                level="warning",
                message=so.Message(
                    text=f"{dropped} less severe result(s) left out: GitHub accepts at most "
                    f"{MAX_RESULTS} results per run"
                ),
            )
        )
    ok = run.status in (RunStatus.OK, RunStatus.NOT_APPLICABLE)
    if not ok:
        notes.append(
            so.Notification(
                level="error" if not run.status.healthy else "warning",
                message=so.Message(text=f"{run.scanner} {run.status.value}: {run.message}"),
            )
        )
    for miss in run.coverage.missed[:MAX_NOTIFIED]:
        notes.append(
            so.Notification(
                level="warning",
                message=so.Message(text=f"not examined: {miss.target}: {miss.reason}"),
                locations=[
                    so.Location(
                        physical_location=so.PhysicalLocation(
                            artifact_location=so.ArtifactLocation(
                                uri=uri(prefix, miss.target), uri_base_id=SRCROOT
                            )
                        )
                    )
                ],
            )
        )
    more = len(run.coverage.missed) - MAX_NOTIFIED
    if more > 0:
        notes.append(
            so.Notification(
                level="warning",
                message=so.Message(
                    text=f"... and {more} more target(s) not examined (all listed in "
                    "properties['scangate/coverage'])"
                ),
            )
        )
    for note in run.notes[:50]:
        notes.append(so.Notification(level="warning", message=so.Message(text=note)))
    exit_code = next((c for c in reversed(run.exit_codes) if c is not None), None)
    return so.Invocation(
        execution_successful=ok,
        exit_code=exit_code,
        exit_code_description=run.message or None,
        start_time_utc=_utc(run.started_at) if run.started_at else None,
        end_time_utc=_utc(run.started_at + run.duration) if run.started_at else None,
        tool_execution_notifications=notes or None,
        properties={
            "scangate/status": run.status.value,
            "scangate/attempts": run.attempts,
            "scangate/examined": len(run.coverage.examined),
            "scangate/requested": len(run.coverage.requested),
            "scangate/droppedResults": dropped,
        },
    )


def build(result: ScanResult, max_results: int = MAX_RESULTS) -> so.SarifLog:
    """The log as sarif-om objects; each run's results are a ready JSON fragment."""
    group_of: dict[str, bytes] = {}  # each group's properties, encoded once
    for g in result.decision.groups:
        props = b"," + _dumps(_group_props(g))[1:-1]
        for f in g.findings:
            group_of[f.fingerprint] = props
    absent = _absent_by_tool(result.decision.absent)
    runs: list[so.Run] = []
    prefix = result.uri_prefix
    repo = result.root.rstrip("/")
    if prefix and repo.endswith("/" + prefix.rstrip("/")):
        repo = repo[: -len(prefix.rstrip("/")) - 1]
    root_uri = "file://" + quote(repo, safe="/") + "/"
    auto_id = f"scangate/{result.category}/" if result.category else "scangate/"
    verdict = {
        "scangate/verdict": result.decision.verdict.value,
        "scangate/exitCode": result.decision.exit_code,
        "scangate/reasons": list(result.decision.reasons),
    }
    for run in [r for r in result.runs if r.status != RunStatus.SKIPPED][:MAX_RUNS]:
        findings = sorted(
            run.findings,
            key=attrgetter("severity"),
            reverse=True,  # stable: equal severities keep the scanner's order
        )[:max_results]
        dropped = len(run.findings) - len(findings)
        kept_rules = {f.rule_id for f in findings}
        rules = [r for r in run.rules if r.id in kept_rules]
        index = {r.id: i for i, r in enumerate(rules)}
        driver = so.ToolComponent(
            name=run.tool.name,
            version=run.tool.version,
            information_uri=run.tool.information_uri,
            rules=[_rule(r) for r in rules],
        )
        runs.append(
            so.Run(
                tool=so.Tool(driver=driver),
                automation_details=so.RunAutomationDetails(id=f"{auto_id}{run.scanner}/"),
                original_uri_base_ids={SRCROOT: so.ArtifactLocation(uri=root_uri)},
                invocations=[_invocation(run, dropped, prefix)],
                results=_results(findings, index, group_of, absent.pop(run.tool.name, []), prefix),
                properties=_Plain(
                    {
                        **verdict,
                        # Health and coverage, so shards can be merged and re-judged.
                        COVERAGE_KEY: {
                            "requested": list(run.coverage.requested),
                            "examined": list(run.coverage.examined),
                            "missed": [
                                {"target": m.target, "reason": m.reason}
                                | ({} if m.cwes is None else {"cwes": list(m.cwes)})
                                | ({"partial": True} if m.partial else {})
                                for m in run.coverage.missed
                            ],
                        },
                        "scangate/message": run.message,
                        "scangate/notes": list(run.notes),
                        "scangate/scanner": run.scanner,
                        "scangate/checks": list(run.checks),
                        "scangate/category": run.category.value,
                        "scangate/role": run.role.value,
                        "scangate/status": run.status.value,
                        "scangate/version": __version__,
                    }
                ),
            )
        )
    log_props = _Plain(
        {
            **verdict,
            TARGETS_KEY: {c.value: list(t) for c, t in result.targets.items()},
            "scangate/warnings": list(result.decision.warnings),
            PREFIX_KEY: prefix,
            "scangate/category": result.category,
            "scangate/gitIgnored": result.ignored,
            "scangate/policy": policy_data(result.policy),
            "scangate/notFollowed": [
                {"path": n.path, "reason": n.reason} for n in result.not_followed
            ],
            **(
                {
                    SHARD_KEY: {
                        "index": result.shard.index,
                        "count": result.shard.count,
                        "runId": result.shard.run_id,
                        "allTargets": result.shard.all_targets,
                    }
                }
                if result.shard
                else {}
            ),
        }
    )
    return so.SarifLog(version="2.1.0", schema_uri=SCHEMA_URI, runs=runs, properties=log_props)


def _absent_by_tool(absent: tuple[dict[str, Any], ...]) -> dict[str, list[dict[str, Any]]]:
    """Baseline results no longer found go back into their tool's run as `absent`."""
    out: dict[str, list[dict[str, Any]]] = {}
    for res in absent:
        tool = str((res.get("properties") or {}).get("scangate/tool", ""))
        copy = {k: v for k, v in res.items() if k not in ("ruleIndex", "suppressions")}
        copy["baselineState"] = "absent"
        out.setdefault(tool, []).append(copy)
    return out


def render(result: ScanResult, max_results: int = MAX_RESULTS) -> str:
    """The SARIF log as text: indented for people when small, compact when large."""
    with paused():
        # The document is built and dropped inside the pause, so the collection that
        # follows it does not walk its objects.
        raw = orjson.dumps(to_dict(build(result, max_results)))
        if sum(min(len(r.findings), max_results) for r in result.runs) < 2000:
            # The results arrive as compact fragments, which orjson's indent leaves
            # on one line: a small log is read back once and indented whole.
            raw = orjson.dumps(orjson.loads(raw), option=orjson.OPT_INDENT_2)
        return raw.decode() + "\n"


def schema() -> dict[str, Any]:
    """The OASIS SARIF 2.1.0 JSON schema (errata 01) shipped with scangate."""
    text = (resources.files("scangate") / "schemas" / "sarif-2.1.0.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def validate(doc: Any) -> list[str]:
    """Schema errors of a SARIF document (empty when valid)."""
    import jsonschema

    validator = jsonschema.Draft4Validator(schema())
    return [
        f"{'/'.join(str(p) for p in e.absolute_path)}: {e.message}"
        for e in validator.iter_errors(doc)
    ]
