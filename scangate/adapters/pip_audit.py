"""pip-audit: known vulnerabilities of pinned dependencies.

pip-audit is only ever given a flat file of exact pins that scangate wrote
itself, with `--no-deps --disable-pip`: it never resolves, downloads or builds
anything, so auditing a project never runs code from the internet. Unpinned
requirements are reported as not auditable (coverage loss), not silently
dropped, and a dependency that pip-audit skipped is unaudited, never clean.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name

from scangate.adapters.interface import (
    Adapter,
    Invocation,
    Outcome,
    OutputError,
    ScanContext,
    expect,
    load_json,
)
from scangate.model import Category, Finding, Location, Miss, Rule, Severity
from scangate.runner import ProcessResult

TRANSIENT_MARKERS = (
    "ConnectionError",
    "Max retries exceeded",
    "Temporary failure in name resolution",
    "Connection refused",
    "Read timed out",
    "503 Server Error",
    "502 Server Error",
)


@dataclass(frozen=True)
class Pin:
    name: str  # canonical
    version: str
    line: str  # the requirement as written (markers kept)
    file: str  # root-relative
    lineno: int


@dataclass(frozen=True)
class Requirements:
    pins: tuple[Pin, ...]
    problems: tuple[str, ...]  # unpinned or unreadable entries


def read_requirements(ctx: ScanContext, target: str) -> Requirements:
    """Collect exact pins of a requirements file, following `-r` includes."""
    pins: list[Pin] = []
    problems: list[str] = []
    seen: set[Path] = set()

    def visit(path: Path, depth: int) -> None:
        real = path.resolve()
        if real in seen or depth > 20:
            return
        seen.add(real)
        rel = ctx.rel(str(path)) or str(path)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(f"{rel}: unreadable ({exc.__class__.__name__})")
            return
        logical: list[tuple[int, str]] = []
        buf, start = "", 0
        for n, raw in enumerate(text.splitlines(), 1):
            if not buf:
                start = n
            if raw.rstrip().endswith("\\"):
                buf += raw.rstrip()[:-1] + " "
                continue
            logical.append((start, buf + raw))
            buf = ""
        for lineno, line in logical:
            body = line.split(" #", 1)[0].strip()
            if body.startswith("#") or not body:
                continue
            if body.startswith(("-r ", "--requirement ", "-r", "--requirement=")):
                inc = body.split("=", 1)[1] if "=" in body[:16] else body.split(None, 1)[-1]
                inc = inc.strip()
                if inc.startswith("-r"):
                    inc = inc[2:].strip()
                visit((path.parent / inc), depth + 1)
                continue
            if body.startswith("-"):
                continue  # -c, --index-url, --hash lines: not requirements
            req_text = body.split(" --hash", 1)[0].strip()
            try:
                req = Requirement(req_text)
            except InvalidRequirement:
                problems.append(f"{rel}:{lineno}: not a pinned requirement: {req_text[:80]}")
                continue
            specs = list(req.specifier)
            if (
                len(specs) == 1
                and specs[0].operator in ("==", "===")
                and "*" not in specs[0].version
            ):
                pins.append(
                    Pin(canonicalize_name(req.name), specs[0].version, req_text, rel, lineno)
                )
            else:
                problems.append(f"{rel}:{lineno}: {req.name} is not pinned (no ==)")

    visit(ctx.root / target, 0)
    return Requirements(tuple(pins), tuple(problems))


class PipAuditAdapter(Adapter):
    name = "pip-audit"
    category = Category.DEPS
    executable = "pip-audit"
    tool_name = "pip-audit"
    information_uri = "https://github.com/pypa/pip-audit"
    default_retries = 2  # a network scanner: connection errors are often transient

    def invocations(self, ctx: ScanContext) -> list[Invocation]:
        out: list[Invocation] = []
        for i, target in enumerate(ctx.targets):
            reqs = read_requirements(ctx, target)
            flat = ctx.workdir / f"pins-{i}.txt"
            flat.write_text("".join(p.line + "\n" for p in reqs.pins), encoding="utf-8")
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
                *ctx.settings.args,
            )
            out.append(Invocation(argv, (target,)))
        return out

    def is_transient(self, result: ProcessResult) -> bool:
        err = result.stderr.decode("utf-8", errors="replace")
        return result.timed_out or any(m in err for m in TRANSIENT_MARKERS)

    def parse(self, ctx: ScanContext, inv: Invocation, result: ProcessResult) -> Outcome:
        target = inv.targets[0]
        reqs = read_requirements(ctx, target)
        if result.returncode not in (0, 1):
            raise OutputError(f"pip-audit failed ({result.describe_exit()})")
        data = load_json(result, "pip-audit")
        expect(isinstance(data, dict), "pip-audit output is not a JSON object")
        deps = data.get("dependencies")
        expect(isinstance(deps, list), "pip-audit output has no 'dependencies' list")
        assert isinstance(deps, list)  # noqa: S101
        by_name = {p.name: p for p in reqs.pins}
        audited: set[str] = set()
        skipped: list[str] = []
        findings: list[Finding] = []
        rules: dict[str, Rule] = {}
        for dep in deps:
            expect(isinstance(dep, dict) and "name" in dep, "pip-audit dependency is malformed")
            name = canonicalize_name(str(dep["name"]))
            if dep.get("skip_reason"):
                skipped.append(f"{name} ({str(dep['skip_reason']).splitlines()[0][:160]})")
                continue
            audited.add(name)
            pin = by_name.get(name)
            for vuln in dep.get("vulns") or []:
                finding, rule = self._finding(target, pin, name, str(dep.get("version", "")), vuln)
                findings.append(finding)
                rules.setdefault(rule.id, rule)
        unaudited = [p.name for p in reqs.pins if p.name not in audited]
        problems = list(reqs.problems)
        problems.extend(skipped)
        skipped_names = {s.split(" ", 1)[0] for s in skipped}
        problems.extend(
            f"{n} (absent from pip-audit's output)" for n in unaudited if n not in skipped_names
        )
        if problems:
            total = len(reqs.pins) + len(reqs.problems)
            reason = f"{len(unaudited) + len(reqs.problems)} of {total} dependencies not audited: "
            missed: tuple[Miss, ...] = (Miss(target, reason + "; ".join(problems)),)
            examined: tuple[str, ...] = ()
        else:
            missed, examined = (), (target,)
        return Outcome(tuple(findings), tuple(rules.values()), examined, missed)

    def _finding(
        self, target: str, pin: Pin | None, name: str, version: str, vuln: Any
    ) -> tuple[Finding, Rule]:
        expect(isinstance(vuln, dict) and "id" in vuln, "pip-audit vulnerability is malformed")
        vid = str(vuln["id"])
        aliases = tuple(sorted({str(a) for a in vuln.get("aliases") or [] if str(a) != vid}))
        fixes = tuple(str(v) for v in vuln.get("fix_versions") or [])
        desc = str(vuln.get("description") or "").strip() or f"{vid} affects {name} {version}"
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
            severity=Severity.HIGH,
            tags=("security", "dependency", *aliases),
        )
        finding = Finding(
            scanner=self.name,
            category=self.category,
            rule_id=vid,
            message=message,
            severity=Severity.HIGH,
            location=Location(
                path=pin.file if pin else target,
                start_line=pin.lineno if pin else 1,
                end_line=pin.lineno if pin else 1,
            ),
            package=name,
            version=version,
            vuln_id=vid,
            aliases=aliases,
            fix_versions=fixes,
        )
        return finding, rule
