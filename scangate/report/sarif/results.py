"""A run's SARIF results, put together from parts encoded once.

Results are the one part of the log that grows with the findings (up to 25,000 a
run). With a dict tree built and encoded per result, rendering took 1.7 times as
long (benchmarks/bench.py, own share). Most of a result is shared with others (the
rule's head and message, the file, the group's votes, the CWE list), so each
shared part is encoded once and a result is put together from encoded parts.
Every string still goes through orjson, never hand-escaped; the keys are those
of sarif_om.Result. The run holds the array as an orjson.Fragment.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import orjson

from scangate.model import Finding, Location, Severity
from scangate.report.sarif.names import FINGERPRINT_KEY, SRCROOT, uri
from scangate.result import Group

_dumps = orjson.dumps
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
_FINGERPRINT_KEY = FINGERPRINT_KEY.encode()
# What the results of one rule, severity, message, scanner and CWE list share.
_SharedKey = tuple[str, Severity, str, str, tuple[int, ...]]


def group_parts(groups: Iterable[Group]) -> dict[str, bytes]:
    """Each finding's group properties (by fingerprint), encoded once per group."""
    out: dict[str, bytes] = {}
    for g in groups:
        props = b"," + _dumps(_group_props(g))[1:-1]
        for f in g.findings:
            out[f.fingerprint] = props
    return out


def _group_props(g: Group) -> dict[str, Any]:
    return {
        "scangate/group": g.id,
        "scangate/votes": g.votes,
        "scangate/votesNeeded": g.votes_needed,
        "scangate/scanners": list(g.scanners),
        "scangate/blocking": g.blocking,
    }


def absent_by_tool(absent: tuple[dict[str, Any], ...]) -> dict[str, list[dict[str, Any]]]:
    """Baseline results no longer found go back into their tool's run as `absent`."""
    out: dict[str, list[dict[str, Any]]] = {}
    for res in absent:
        tool = str((res.get("properties") or {}).get("scangate/tool", ""))
        copy = {k: v for k, v in res.items() if k not in ("ruleIndex", "suppressions")}
        copy["baselineState"] = "absent"
        out.setdefault(tool, []).append(copy)
    return out


def encode_results(
    findings: list[Finding],
    index: dict[str, int],
    group_of: dict[str, bytes],
    absent: list[dict[str, Any]],
    prefix: str = "",
    honoured: bool = True,
) -> orjson.Fragment:
    """A run's results as one JSON array: its findings, then its baseline's absent ones.

    `index` gives each rule's index in the run (a finding of another rule is left
    out), `group_of` the encoded group properties of each fingerprint (`group_parts`).
    """
    encoder = _Encoder(index, group_of, prefix, honoured)
    parts = [encoder.result(f) for f in findings if f.rule_id in index]
    parts.extend(_dumps(a) for a in absent)
    return orjson.Fragment(b"[" + b",".join(parts) + b"]")


class _Encoder:
    """Encodes one run's results, each shared part once."""

    def __init__(
        self, index: dict[str, int], group_of: dict[str, bytes], prefix: str, honoured: bool
    ) -> None:
        self.honoured = honoured  # in-source suppressions: "accepted", else "rejected"
        self.index = index
        self.group_of = group_of
        self.prefix = prefix
        self.shared: dict[_SharedKey, tuple[bytes, bytes]] = {}  # head, common properties
        self.artifacts: dict[str, bytes] = {}

    def result(self, f: Finding) -> bytes:
        """One finding as an encoded SARIF result."""
        key = (f.rule_id, f.severity, f.message, f.scanner, f.cwes)
        got = self.shared.get(key)
        if got is None:
            got = self.shared[key] = _shared_parts(f, self.index[f.rule_id])
        loc = f.location
        artifact = self.artifacts.get(loc.path)
        if artifact is None:
            artifact = self.artifacts[loc.path] = _dumps(
                {"uri": uri(self.prefix, loc.path), "uriBaseId": SRCROOT}
            )
        extra = b""
        if f.baseline_state or f.waiver or f.suppressed:
            extra = b"," + _dumps(_rare_fields(f, self.honoured))[1:-1]
        more = self.group_of.get(f.fingerprint, b"")
        if f.pre_existing:
            more += b',"scangate/preExisting":true'
        if f.confidence or f.package:
            more += b"," + _dumps(_rare_props(f))[1:-1]
        return _RESULT % (
            got[0],
            artifact,
            _region(loc),
            _FINGERPRINT_KEY,
            _dumps(f.fingerprint),
            extra,
            got[1],
            _dumps(f.line_hash),
            more,
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


def _rare_fields(f: Finding, honoured: bool = True) -> dict[str, Any]:
    """The result fields few findings have: baseline state, suppressions (an in-source
    one the policy does not honour is `rejected`: the result is not suppressed)."""
    fields: dict[str, Any] = {}
    if f.baseline_state:
        fields["baselineState"] = f.baseline_state.value
    suppressions = []
    if f.suppressed:
        suppressions.append(
            {
                "kind": "inSource",
                "status": "accepted" if honoured else "rejected",
                "justification": f.suppressed,
            }
        )
    if f.waiver:
        # sarif-om 1.0.4's Suppression predates 2.1.0's `status` (it has `state`).
        waived = {"kind": "external", "status": "accepted", "justification": f.waiver}
        suppressions.append(waived)
    if suppressions:
        fields["suppressions"] = suppressions
    return fields


def _rare_props(f: Finding) -> dict[str, Any]:
    """The result properties few findings have: confidence, the vulnerable package."""
    props: dict[str, Any] = {}
    if f.confidence:
        props["confidence"] = f.confidence
    if f.package:
        props["package"] = f.package
        props["installedVersion"] = f.version
        props["aliases"] = list(f.aliases)
        props["fixVersions"] = list(f.fix_versions)
    return props
