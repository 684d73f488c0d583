"""pip-audit: known vulnerabilities of pinned dependencies.

pip-audit is only ever given a flat file of exact pins that scangate wrote
itself, with `--no-deps --disable-pip`: it never resolves, downloads or builds
anything, so auditing a project never runs code from the internet. Unpinned
requirements are reported as not auditable (coverage loss), not silently
dropped, and a dependency that pip-audit skipped is unaudited, never clean.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, ClassVar

from packaging.utils import canonicalize_name

from scangate import depfiles
from scangate.adapters.interface import Adapter, Invocation, Outcome, Prepared, ScanContext
from scangate.adapters.osv import database as osv_database
from scangate.adapters.osv import server as osv_server
from scangate.adapters.osv.database import OsvDatabase
from scangate.adapters.outcome import collect
from scangate.adapters.output import OutputError, expect, load_json
from scangate.depfiles import DepFile, Pin
from scangate.errors import UsageError
from scangate.model import Category, Finding, Location, Miss, Rule, Severity
from scangate.runner import ProcessResult
from scangate.settings.config import OptionKinds, ScannerSettings

TRANSIENT_MARKERS = (
    "ConnectionError",
    "Max retries exceeded",
    "Temporary failure in name resolution",
    "Connection refused",
    "Read timed out",
    "503 Server Error",
    "502 Server Error",
)


SERVICES = ("local", "osv", "pypi")


@dataclass(frozen=True)
class LocalOsv:
    """The local OSV database of a scan, served on loopback for pip-audit's OSV service."""

    url: str
    db: OsvDatabase


def service_argv(service: str, local_url: str | None) -> tuple[str, ...] | None:
    """pip-audit options for one vulnerability service; None if it cannot be used."""
    if service == "pypi":
        return ("--vulnerability-service", "pypi")
    if service == "osv":
        return ("--vulnerability-service", "osv")
    if service == "local":
        return ("--vulnerability-service", "osv", "--osv-url", local_url) if local_url else None
    # Any other entry is the URL of an OSV-compatible server.
    return ("--vulnerability-service", "osv", "--osv-url", service)


class PipAuditAdapter(Adapter):
    """pip-audit on the exact pins scangate reads from each dependency file, one process
    per file, failing over from one vulnerability service to the next."""

    name = "pip-audit"
    category = Category.DEPS
    executable = "pip-audit"
    package = "pip-audit"
    tool_name = "pip-audit"
    information_uri = "https://github.com/pypa/pip-audit"
    default_retries = 2  # a network scanner: connection errors are often transient
    options: ClassVar[OptionKinds] = {"services": "strings"}
    cpu = "io"
    parallel_invocations = True  # one dependency file per process, network-bound

    def check_options(self, settings: ScannerSettings) -> str | None:
        """`services` entries must be a known service or an OSV server's URL."""
        for sv in settings.options.get("services", ()):
            if sv not in SERVICES and not sv.startswith(("http://", "https://")):
                return f"services: expected 'local', 'osv', 'pypi' or an OSV URL, got {sv!r}"
        return None

    @contextlib.contextmanager
    def prepare(self, params: Mapping[str, Any], targets: tuple[str, ...]) -> Iterator[Prepared]:
        """Load the local OSV database (`--osv-db`, `osv_db`) and serve it on a free
        loopback port for this scan only; say when its newest record is old."""
        path = params.get("osv_db")
        if path and not Path(path).exists():
            raise UsageError(f"OSV database not found: {path}")
        if not (path and targets):
            yield Prepared()
            return
        db = osv_database.load(path)
        warnings = []
        age, limit = db.age_days(), float(params.get("osv_db_max_age_days") or 7)
        if age is not None and age > limit:
            warnings.append(
                f"the local OSV database is {age:.0f} days old (limit {limit:g}): "
                "refresh it with `scangate db update`"
            )
        with osv_server.serve(db) as url:
            yield Prepared(LocalOsv(url, db), tuple(warnings))

    def services(self, ctx: ScanContext) -> tuple[str, ...]:
        """The services to try in order: the option, else the local database when there
        is one, else PyPI's."""
        if "services" in ctx.settings.options:
            return ctx.settings.options["services"]
        return ("local",) if isinstance(ctx.state, LocalOsv) else ("pypi",)

    def invocations(self, ctx: ScanContext) -> list[Invocation]:
        """Per dependency file: its pins written flat, then one process per service, each
        the failover of the one before."""
        out: list[Invocation] = []
        for i, target in enumerate(ctx.targets):
            dep = depfiles.read(ctx.root, target)
            flat = ctx.workdir / f"pins-{i}.txt"
            lines = dict.fromkeys(p.requirement for p in dep.pins)
            flat.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
            local = ctx.state.url if isinstance(ctx.state, LocalOsv) else None
            chain = [
                self._service_invocation(ctx, target, flat, service, opts)
                for service in self.services(ctx)
                if (opts := service_argv(service, local)) is not None
            ]
            if not chain:
                chain.append(Invocation((), (target,), label="no usable service"))
            out.append(replace(chain[0], alternatives=tuple(chain[1:])))
        return out

    def _service_invocation(
        self, ctx: ScanContext, target: str, flat: Path, service: str, opts: tuple[str, ...]
    ) -> Invocation:
        """pip-audit on one flat pins file with one vulnerability service."""
        argv = (
            *ctx.command(self.executable),
            "--requirement",
            str(flat),
            "--no-deps",
            "--disable-pip",
            "--format",
            "json",
            "--progress-spinner",
            "off",
            # A private cache: a skipped lookup cached as "no vulnerabilities"
            # must never be replayed as a clean result in a later run.
            "--cache-dir",
            str(ctx.workdir / "cache"),
            *opts,
            *ctx.settings.args,
        )
        label = "local database" if service == "local" else service
        if {"-s", "--vulnerability-service", "--osv-url"} & set(ctx.settings.args):
            label = "service set in args"
        return Invocation(argv, (target,), label=f"service {label}")

    def is_transient(self, result: ProcessResult) -> bool:
        """Timeouts and network errors: a vulnerability service is often briefly away."""
        err = result.stderr.decode("utf-8", errors="replace")
        return result.timed_out or any(m in err for m in TRANSIENT_MARKERS)

    def parse(self, ctx: ScanContext, inv: Invocation, result: ProcessResult) -> Outcome:
        """Findings of the vulnerable pins, and coverage: the file is examined only when
        every pin in it was audited (see `_coverage`)."""
        target = inv.targets[0]
        dep = depfiles.read(ctx.root, target)
        if result.returncode not in (0, 1):
            raise OutputError(f"pip-audit failed ({result.describe_exit()}, {inv.label})")
        data = load_json(result, "pip-audit")
        expect(isinstance(data, dict), "pip-audit output is not a JSON object")
        deps = data.get("dependencies")
        expect(isinstance(deps, list), "pip-audit output has no 'dependencies' list")
        assert isinstance(deps, list)  # noqa: S101
        by_name = {p.name: p for p in dep.pins}
        audited: set[str] = set()
        skipped: list[str] = []
        pairs: list[tuple[Finding, Rule]] = []
        for item in deps:
            expect(isinstance(item, dict) and "name" in item, "pip-audit dependency is malformed")
            name = canonicalize_name(str(item["name"]))
            if item.get("skip_reason"):
                why = str(item["skip_reason"]).split(":", 1)[0][:120]
                skipped.append(f"{name} ({why})")
                continue
            audited.add(name)
            pin, version = by_name.get(name), str(item.get("version", ""))
            for vuln in item.get("vulns") or []:
                pairs.append(self._finding(ctx, target, pin, name, version, vuln))
        examined, missed = _coverage(target, dep, audited, skipped, inv.label)
        findings, rules = collect(pairs)
        return Outcome(findings, rules, examined, missed, notes=dep.notes)

    def _finding(
        self, ctx: ScanContext, target: str, pin: Pin | None, name: str, version: str, vuln: Any
    ) -> tuple[Finding, Rule]:
        """One vulnerability of one pin, at the pin's line, and the advisory as its rule."""
        expect(isinstance(vuln, dict) and "id" in vuln, "pip-audit vulnerability is malformed")
        vid = str(vuln["id"])
        aliases = tuple(sorted({str(a) for a in vuln.get("aliases") or [] if str(a) != vid}))
        fixes = tuple(str(v) for v in vuln.get("fix_versions") or [])
        desc = str(vuln.get("description") or "").strip() or f"{vid} affects {name} {version}"
        severity, score = advisory_severity(ctx, (vid, *aliases))
        fix_text = (
            f"Upgrade {name} to {' or '.join(fixes)}." if fixes else "No fixed version is known."
        )
        also = f" (also {', '.join(aliases)})" if aliases else ""
        message = f"{name} {version} is vulnerable: {vid}{also}. {fix_text}"
        rule = Rule(
            id=vid,
            name=vid,
            short_description=f"{vid}: vulnerability in {name}",
            full_description=desc[:1000],
            help_text=f"{desc[:2000]}\n\n{fix_text}",
            help_uri=f"https://osv.dev/vulnerability/{vid}",
            severity=severity,
            tags=("security", "dependency", *aliases),
            score=score,
        )
        line = pin.lineno if pin else 1
        finding = self.finding(
            rule,
            message,
            Location(path=pin.file if pin else target, start_line=line, end_line=line),
            package=name,
            version=version,
            vuln_id=vid,
            aliases=aliases,
            fix_versions=fixes,
        )
        return finding, rule


def _coverage(
    target: str, dep: DepFile, audited: set[str], skipped: list[str], label: str
) -> tuple[tuple[str, ...], tuple[Miss, ...]]:
    """The file is examined when every pin was audited. Otherwise it is missed, naming
    what was not audited (entries that are no pins, dependencies pip-audit skipped or
    left out of its output); partly when some were audited, whose findings stand."""
    unaudited = [p.name for p in dep.pins if p.name not in audited]
    problems = [*dep.problems, *skipped]
    skipped_names = {s.split(" ", 1)[0] for s in skipped}
    problems.extend(
        f"{n} (absent from pip-audit's output)" for n in unaudited if n not in skipped_names
    )
    if not problems:
        return (target,), ()
    total = len(dep.pins) + len(dep.problems)
    lost = len(set(unaudited)) + len(dep.problems)
    reason = f"{lost} of {total} dependencies not audited ({label}): "
    return (), (Miss(target, reason + "; ".join(problems), partial=bool(audited)),)


def advisory_severity(ctx: ScanContext, ids: tuple[str, ...]) -> tuple[Severity, str | None]:
    """Severity from the advisory's CVSS vector when the local database has it, else high."""
    if not isinstance(ctx.state, LocalOsv):
        return Severity.HIGH, None
    for vid in ids:
        record = ctx.state.db.lookup(vid)
        if record is not None:
            scored = cvss_severity(record)
            if scored is not None:
                return scored
    return Severity.HIGH, None


def cvss_severity(record: dict[str, Any]) -> tuple[Severity, str] | None:
    """The highest CVSS v3/v4 base score of an OSV record, as (severity, score)."""
    from cvss import CVSS3, CVSS4
    from cvss.exceptions import CVSSError

    best: float | None = None
    for entry in record.get("severity") or []:
        if not isinstance(entry, dict):
            continue
        vector = str(entry.get("score", ""))
        try:
            if entry.get("type") == "CVSS_V3":
                score = float(CVSS3(vector).base_score)
            elif entry.get("type") == "CVSS_V4":
                score = float(CVSS4(vector).base_score)
            else:
                continue
        except (CVSSError, ValueError, TypeError, KeyError):
            continue
        best = score if best is None else max(best, score)
    if best is None:
        return None
    return Severity.from_score(best), f"{best:.1f}"
