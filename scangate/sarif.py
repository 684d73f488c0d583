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

import attr
import orjson
import sarif_om as so

from scangate import __version__
from scangate.gcpause import paused
from scangate.model import (
    Finding,
    Group,
    Location,
    Rule,
    RunStatus,
    ScannerRun,
    ScanResult,
    Severity,
)

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"
FINGERPRINT_KEY = "scangate/v1"
ALWAYS_WRITE = frozenset({"level"})  # schema names kept even when equal to the default
MAX_TAGS = 20
MAX_RUNS = 20  # GitHub rejects an upload with more runs
MAX_RESULTS = 25_000  # GitHub's limit per run; the most severe are kept


class _Plain(dict):  # type: ignore[type-arg]
    """A dict that holds only JSON data already: to_dict passes it through."""


class _PlainList(list):  # type: ignore[type-arg]
    """A list that holds only JSON data already (a run's results): passed through whole."""


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
    if cls is _Plain or cls is _PlainList:
        return obj  # already plain JSON data: nothing to convert
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


def _region(loc: Location) -> dict[str, int]:
    """A SARIF region: lines from 1; columns only when known, end after start."""
    start = loc.start_line if loc.start_line > 1 else 1
    region = {"startLine": start}
    start_col = loc.start_column
    if start_col is not None and start_col >= 1:
        region["startColumn"] = start_col
    else:
        start_col = 0
    region["endLine"] = loc.end_line if loc.end_line > start else start
    end_col = loc.end_column
    if (
        end_col is not None
        and end_col >= 1
        and not (start_col and loc.end_line == loc.start_line and end_col <= start_col)
    ):
        region["endColumn"] = end_col
    return region


_LABEL_OF = {s: s.label for s in Severity}
_LEVEL_OF = {s: s.sarif_level for s in Severity}


class _Parts:
    """Parts many results have in common, built once per log: orjson writes a shared
    object out at each place it appears (the same file, message or CWE list)."""

    def __init__(self) -> None:
        self._artifacts: dict[str, dict[str, str]] = {}
        self._messages: dict[str, dict[str, str]] = {}
        self._cwes: dict[tuple[int, ...], list[str]] = {}

    def artifact(self, path: str) -> dict[str, str]:
        got = self._artifacts.get(path)
        if got is None:
            got = self._artifacts[path] = {"uri": path, "uriBaseId": SRCROOT}
        return got

    def message(self, text: str) -> dict[str, str]:
        got = self._messages.get(text)
        if got is None:
            got = self._messages[text] = {"text": text}
        return got

    def cwes(self, cwes: tuple[int, ...]) -> list[str]:
        got = self._cwes.get(cwes)
        if got is None:
            got = self._cwes[cwes] = [f"CWE-{c}" for c in cwes]
        return got


def _group_props(g: Group) -> dict[str, Any]:
    return {
        "scangate/group": g.id,
        "scangate/votes": g.votes,
        "scangate/votesNeeded": g.votes_needed,
        "scangate/scanners": list(g.scanners),
        "scangate/blocking": g.blocking,
    }


def _result(f: Finding, index: int, group: dict[str, Any] | None, parts: _Parts) -> dict[str, Any]:
    # Results are the one part of the log that grows with the findings (up to 25,000 a
    # run): they are written as plain dicts with the schema's names (those of
    # sarif_om.Result), which costs a tenth of building sarif_om.Result objects and
    # reflecting over their 30 fields. The run holds them in a _PlainList.
    props: dict[str, Any] = {
        "severity": _LABEL_OF[f.severity],
        "scangate/lineHash": f.line_hash,
        "scangate/tool": f.scanner,
    }
    if group:
        props.update(group)
    if f.pre_existing:
        props["scangate/preExisting"] = True
    if f.cwes:
        props["cwe"] = parts.cwes(f.cwes)
    if f.confidence:
        props["confidence"] = f.confidence
    if f.package:
        props.update(
            {
                "package": f.package,
                "installedVersion": f.version,
                "aliases": list(f.aliases),
                "fixVersions": list(f.fix_versions),
            }
        )
    result: dict[str, Any] = {
        "ruleId": f.rule_id,
        "ruleIndex": index,
        "level": _LEVEL_OF[f.severity],
        "message": parts.message(f.message or f.rule_id),
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": parts.artifact(f.location.path),
                    "region": _region(f.location),
                }
            }
        ],
        "partialFingerprints": {FINGERPRINT_KEY: f.fingerprint},
    }
    if f.baseline_state:
        result["baselineState"] = f.baseline_state
    if f.waiver:
        # sarif-om 1.0.4's Suppression predates 2.1.0's `status` (it has `state`).
        result["suppressions"] = [
            {"kind": "external", "status": "accepted", "justification": f.waiver}
        ]
    result["properties"] = props
    return result


def _invocation(run: ScannerRun, dropped: int = 0) -> so.Invocation:
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
    for miss in run.coverage.missed[:100]:
        notes.append(
            so.Notification(
                level="warning",
                message=so.Message(text=f"not examined: {miss.target}: {miss.reason}"),
                locations=[
                    so.Location(
                        physical_location=so.PhysicalLocation(
                            artifact_location=so.ArtifactLocation(
                                uri=miss.target, uri_base_id=SRCROOT
                            )
                        )
                    )
                ],
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
    group_of: dict[str, dict[str, Any]] = {}  # each group's properties, built once
    gated: dict[str, Finding] = {}  # the findings as the policy saw them (waived, baseline...)
    for g in result.decision.groups:
        props = _group_props(g)
        for f in g.findings:
            group_of[f.fingerprint] = props
            gated[f.fingerprint] = f
    runs: list[so.Run] = []
    parts = _Parts()
    root_uri = "file://" + result.root.rstrip("/") + "/"
    verdict = {
        "scangate/verdict": result.decision.verdict.value,
        "scangate/exitCode": result.decision.exit_code,
        "scangate/reasons": list(result.decision.reasons),
    }
    for run in [r for r in result.runs if r.status != RunStatus.SKIPPED][:MAX_RUNS]:
        findings = sorted(
            [gated.get(f.fingerprint, f) for f in run.findings],
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
                automation_details=so.RunAutomationDetails(id=f"scangate/{run.scanner}/"),
                original_uri_base_ids={SRCROOT: so.ArtifactLocation(uri=root_uri)},
                invocations=[_invocation(run, dropped)],
                results=_PlainList(
                    _result(f, index[f.rule_id], group_of.get(f.fingerprint), parts)
                    for f in findings
                    if f.rule_id in index
                ),
                properties=_Plain(
                    {
                        **verdict,
                        # Health and coverage, so shards can be merged and re-judged.
                        "scangate/coverage": {
                            "requested": list(run.coverage.requested),
                            "examined": list(run.coverage.examined),
                            "missed": [
                                {"target": m.target, "reason": m.reason}
                                for m in run.coverage.missed
                            ],
                        },
                        "scangate/message": run.message,
                        "scangate/notes": list(run.notes),
                        "scangate/scanner": run.scanner,
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
            "scangate/targets": {c.value: list(t) for c, t in result.targets.items()},
            "scangate/warnings": list(result.decision.warnings),
        }
    )
    return so.SarifLog(version="2.1.0", schema_uri=SCHEMA_URI, runs=runs, properties=log_props)


def render(result: ScanResult) -> str:
    with paused():
        # The document is built and dropped inside the pause, so the collection that
        # follows it does not walk its half-million objects.
        return _encode(result)


def _encode(result: ScanResult) -> str:
    doc = to_dict(build(result))
    _add_absent(doc, result.decision.absent)
    results = sum(len(r.get("results", [])) for r in doc.get("runs", []))
    # Indented for people when small; compact when large. orjson encodes the 14 MB
    # log of 25,000 results in 60 ms where the json module takes 270 ms.
    option = orjson.OPT_INDENT_2 if results < 2000 else 0
    return orjson.dumps(doc, option=option).decode() + "\n"


def _add_absent(doc: dict[str, Any], absent: tuple[dict[str, Any], ...]) -> None:
    """Baseline results no longer found go back into their tool's run as `absent`."""
    runs = {r["tool"]["driver"]["name"]: r for r in doc.get("runs", [])}
    for res in absent:
        tool = str((res.get("properties") or {}).get("scangate/tool", ""))
        run = runs.get(tool)
        if run is None:
            continue
        copy = {k: v for k, v in res.items() if k not in ("ruleIndex", "suppressions")}
        copy["baselineState"] = "absent"
        run.setdefault("results", []).append(copy)


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
