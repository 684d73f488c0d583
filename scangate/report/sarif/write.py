"""Our model -> SARIF 2.1.0, built with sarif-om, one run per scanner.

Runs carry scangate's health and coverage in their properties, and the log the
verdict and every target, so that shard logs can be merged and judged again
(`scangate.report.sarif.read`). GitHub's limits are kept: at most MAX_RUNS runs
and MAX_RESULTS results a run, the most severe first, what is left out said.
"""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources
from operator import attrgetter
from typing import Any
from urllib.parse import quote

import orjson
import sarif_om as so

from scangate import __version__
from scangate.gcpause import paused
from scangate.model import Miss, Rule, RunStatus, ScannerRun, Severity
from scangate.report.common import policy_data
from scangate.report.failover import drill_data, redundancy_data
from scangate.report.sarif.names import (
    COVERAGE_KEY,
    PREFIX_KEY,
    SHARD_KEY,
    SRCROOT,
    TARGETS_KEY,
    uri,
)
from scangate.report.sarif.results import absent_by_tool, encode_results, group_parts
from scangate.report.sarif.serialize import Plain, to_dict
from scangate.result import ScanResult

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"

MAX_TAGS = 20
MAX_RUNS = 20  # GitHub rejects an upload with more runs
MAX_RESULTS = 25_000  # GitHub's limit per run; the most severe are kept
MAX_NOTIFIED = 100  # targets a run's notifications name; the rest are counted
MAX_NOTES = 50  # a run's notes written as notifications


def _utc(ts: float) -> str:
    return dt.datetime.fromtimestamp(ts, tz=dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _rule(rule: Rule) -> so.ReportingDescriptor:
    """A rule as GitHub reads it: tags, security-severity, precision and CWEs as properties."""
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


def _warning(text: str, locations: list[so.Location] | None = None) -> so.Notification:
    return so.Notification(level="warning", message=so.Message(text=text), locations=locations)


def _miss_notification(miss: Miss, prefix: str) -> so.Notification:
    """A target the run did not examine, as a warning located at that file."""
    artifact = so.ArtifactLocation(uri=uri(prefix, miss.target), uri_base_id=SRCROOT)
    return _warning(
        f"not examined: {miss.target}: {miss.reason}",
        [so.Location(physical_location=so.PhysicalLocation(artifact_location=artifact))],
    )


def _notifications(run: ScannerRun, dropped: int, prefix: str) -> list[so.Notification]:
    """What a run's invocation says besides its results: results left out, an unhealthy
    status, targets not examined (the first MAX_NOTIFIED, the rest counted), notes."""
    notes: list[so.Notification] = []
    if dropped:
        notes.append(
            _warning(
                f"{dropped} less severe result(s) left out: GitHub accepts at most "
                f"{MAX_RESULTS} results per run"
            )
        )
    if run.status not in (RunStatus.OK, RunStatus.NOT_APPLICABLE):
        notes.append(
            so.Notification(
                level="error" if not run.status.healthy else "warning",
                message=so.Message(text=f"{run.scanner} {run.status.value}: {run.message}"),
            )
        )
    notes += [_miss_notification(miss, prefix) for miss in run.coverage.missed[:MAX_NOTIFIED]]
    more = len(run.coverage.missed) - MAX_NOTIFIED
    if more > 0:
        notes.append(
            _warning(
                f"... and {more} more target(s) not examined (all listed in "
                "properties['scangate/coverage'])"
            )
        )
    notes += [_warning(note) for note in run.notes[:MAX_NOTES]]
    return notes


def _invocation(run: ScannerRun, dropped: int = 0, prefix: str = "") -> so.Invocation:
    """How the scanner ran: success, exit code, times, scangate's status and counts."""
    notes = _notifications(run, dropped, prefix)
    exit_code = next((c for c in reversed(run.exit_codes) if c is not None), None)
    return so.Invocation(
        execution_successful=run.status in (RunStatus.OK, RunStatus.NOT_APPLICABLE),
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


def _coverage(run: ScannerRun) -> dict[str, Any]:
    """A run's coverage, whole: what merging shards judges again."""
    return {
        "requested": list(run.coverage.requested),
        "examined": list(run.coverage.examined),
        "missed": [
            {"target": m.target, "reason": m.reason}
            | ({} if m.cwes is None else {"cwes": list(m.cwes)})
            | ({"partial": True} if m.partial else {})
            for m in run.coverage.missed
        ],
    }


def _run_properties(run: ScannerRun, verdict: dict[str, Any]) -> Plain:
    """The verdict, and the run's health and coverage, so shards can be merged and re-judged."""
    return Plain(
        {
            **verdict,
            COVERAGE_KEY: _coverage(run),
            "scangate/message": run.message,
            "scangate/notes": list(run.notes),
            "scangate/scanner": run.scanner,
            "scangate/checks": list(run.checks),
            "scangate/category": run.category.value,
            "scangate/role": run.role.value,
            "scangate/status": run.status.value,
            "scangate/version": __version__,
        }
    )


def _log_properties(result: ScanResult, verdict: dict[str, Any]) -> Plain:
    """The verdict, every target, and what else the scan says (policy, links, shard)."""
    props: dict[str, Any] = {
        **verdict,
        TARGETS_KEY: {c.value: list(t) for c, t in result.targets.items()},
        "scangate/warnings": list(result.decision.warnings),
        PREFIX_KEY: result.uri_prefix,
        "scangate/category": result.category,
        "scangate/gitIgnored": result.ignored,
        "scangate/policy": policy_data(result.policy),
        "scangate/notFollowed": [{"path": n.path, "reason": n.reason} for n in result.not_followed],
        "scangate/redundancy": redundancy_data(result.decision.redundancy),
        "scangate/drill": drill_data(result.drill),
    }
    if result.shard:
        props[SHARD_KEY] = {
            "index": result.shard.index,
            "count": result.shard.count,
            "runId": result.shard.run_id,
            "allTargets": result.shard.all_targets,
        }
    return Plain(props)


def _root_uri(result: ScanResult) -> str:
    """The repository root as a file URI: the scan root without the repository prefix."""
    prefix = result.uri_prefix
    repo = result.root.rstrip("/")
    if prefix and repo.endswith("/" + prefix.rstrip("/")):
        repo = repo[: -len(prefix.rstrip("/")) - 1]
    return "file://" + quote(repo, safe="/") + "/"


class _LogBuilder:
    """What every run of one log shares: groups, absent results, verdict, root, category."""

    def __init__(self, result: ScanResult, max_results: int) -> None:
        self.max_results = max_results
        self.prefix = result.uri_prefix
        self.group_of = group_parts(result.decision.groups)  # each group encoded once
        self.honoured = result.policy.suppressions_honoured
        self.absent = absent_by_tool(result.decision.absent)
        self.root_uri = _root_uri(result)
        self.auto_id = f"scangate/{result.category}/" if result.category else "scangate/"
        self.verdict = {
            "scangate/verdict": result.decision.verdict.value,
            "scangate/exitCode": result.decision.exit_code,
            "scangate/reasons": list(result.decision.reasons),
        }

    def run(self, run: ScannerRun) -> so.Run:
        """One scanner's run: its most severe results and their rules only."""
        findings = sorted(
            run.findings,
            key=attrgetter("severity"),
            reverse=True,  # stable: equal severities keep the scanner's order
        )[: self.max_results]
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
        absent = self.absent.pop(run.tool.name, [])
        return so.Run(
            tool=so.Tool(driver=driver),
            automation_details=so.RunAutomationDetails(id=f"{self.auto_id}{run.scanner}/"),
            original_uri_base_ids={SRCROOT: so.ArtifactLocation(uri=self.root_uri)},
            invocations=[_invocation(run, dropped, self.prefix)],
            results=encode_results(
                findings, index, self.group_of, absent, self.prefix, self.honoured
            ),
            properties=_run_properties(run, self.verdict),
        )


def build(result: ScanResult, max_results: int = MAX_RESULTS) -> so.SarifLog:
    """The log as sarif-om objects; each run's results are a ready JSON fragment."""
    builder = _LogBuilder(result, max_results)
    ran = [r for r in result.runs if r.status != RunStatus.SKIPPED][:MAX_RUNS]
    runs = [builder.run(r) for r in ran]
    props = _log_properties(result, builder.verdict)
    return so.SarifLog(version="2.1.0", schema_uri=SCHEMA_URI, runs=runs, properties=props)


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
