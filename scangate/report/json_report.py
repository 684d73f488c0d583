"""A machine-readable report: verdict, reasons, scanner health, groups, findings.

Its shape is `scangate/schemas/report.schema.json` (checked by the tests);
`schema_version` changes when a field is removed or changes meaning.
"""

from __future__ import annotations

import json
import resource
from typing import Any

from scangate import __version__
from scangate.model import Finding, ScannerRun
from scangate.report.common import policy_data
from scangate.report.failover import drill_data, redundancy_data
from scangate.result import ScanResult

SCHEMA_VERSION = 1


def _finding(f: Finding) -> dict[str, Any]:
    d: dict[str, Any] = {
        "scanner": f.scanner,
        "rule_id": f.rule_id,
        "severity": f.severity.label,
        "message": f.message,
        "path": f.location.path,
        "start_line": f.location.start_line,
        "end_line": f.location.end_line,
        "cwe": [f"CWE-{c}" for c in f.cwes],
        "fingerprint": f.fingerprint,
        "suppressed": f.suppressed,
        "waiver": f.waiver,
        "baseline_state": f.baseline_state.value if f.baseline_state else None,
        "pre_existing": f.pre_existing,
    }
    if f.package:
        d.update(
            package=f.package,
            version=f.version,
            vulnerability=f.vuln_id,
            aliases=list(f.aliases),
            fix_versions=list(f.fix_versions),
        )
    return d


def _run(r: ScannerRun) -> dict[str, Any]:
    return {
        "scanner": r.scanner,
        "category": r.category.value,
        "role": r.role.value,
        "status": r.status.value,
        "message": r.message,
        "version": r.tool.version,
        "duration_s": round(r.duration, 3),
        "attempts": r.attempts,
        "cached": r.cached,
        "exit_codes": list(r.exit_codes),
        "findings": len(r.findings),
        "coverage": {
            "requested": len(r.coverage.requested),
            "examined": len(r.coverage.examined),
            "missed": [
                {"target": m.target, "reason": m.reason}
                | ({} if m.cwes is None else {"unchecked_cwe": [f"CWE-{c}" for c in m.cwes]})
                for m in r.coverage.missed
            ],
        },
        "notes": list(r.notes),
        "stderr_tail": r.stderr_tail,
    }


def _self_usage() -> dict[str, float]:
    """scangate's own CPU time and peak memory (its scanners not included)."""
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "cpu_s": round(ru.ru_utime + ru.ru_stime, 3),
        "peak_rss_mb": round(ru.ru_maxrss / 1024, 1),  # Linux reports KiB
    }


def to_data(result: ScanResult) -> dict[str, Any]:
    """The report as JSON data, in the shape of the report schema."""
    d = result.decision
    return {
        "schema_version": SCHEMA_VERSION,
        "scangate_self": _self_usage(),
        "scangate_version": __version__,
        "verdict": d.verdict.value,
        "exit_code": d.exit_code,
        "reasons": list(d.reasons),
        "warnings": list(d.warnings),
        "root": result.root,
        "duration_s": round(result.duration, 3),
        "targets": {c.value: len(t) for c, t in result.targets.items()},
        "policy": policy_data(result.policy),
        "not_followed": [{"path": n.path, "reason": n.reason} for n in result.not_followed],
        "git_ignored": result.ignored,
        "redundancy": redundancy_data(d.redundancy),
        "drill": drill_data(result.drill),
        "scanners": [_run(r) for r in result.runs],
        "uncovered": [
            {
                "category": u.category.value,
                "target": u.target,
                "covered_by": list(u.covered_by),
                "needed": u.needed,
                "reasons": list(u.reasons),
            }
            for u in d.uncovered
        ],
        "groups": [
            {
                "id": g.id,
                "severity": g.severity.label,
                "votes": g.votes,
                "votes_needed": g.votes_needed,
                "blocking": g.blocking,
                "scanners": list(g.scanners),
                "note": g.note,
                "findings": [_finding(f) for f in g.findings],
            }
            for g in d.groups
        ],
    }


def render(result: ScanResult) -> str:
    """The report as indented JSON text, non-ASCII kept as it is."""
    return json.dumps(to_data(result), indent=2, ensure_ascii=False) + "\n"
