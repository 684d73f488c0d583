"""semgrep: SAST with the rules we ship in `rules/` (never the unreachable registry)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, ClassVar

from scangate.adapters.interface import Adapter, Invocation, Outcome, ScanContext, split_invocations
from scangate.adapters.outcome import collect
from scangate.adapters.output import OutputError, expect, location, results_and_errors
from scangate.adapters.semgrep_errors import read_coverage
from scangate.adapters.semgrep_rules import (
    PACK_NAME,
    RuleIds,
    bundled_rules,
    corroborated,
    cwes_of,
    load_rules,
    rule_cwes,
    rule_prefixes,
    write_pack,
)
from scangate.adapters.suppression import comment_on, suppression
from scangate.model import Category, Finding, Rule, Severity
from scangate.runner import ProcessResult
from scangate.settings.config import OptionKinds

# semgrep severity -> ours. Newer semgrep also accepts LOW..CRITICAL directly.
SEVERITY: dict[str, Severity] = {
    "ERROR": Severity.HIGH,
    "WARNING": Severity.MEDIUM,
    "INFO": Severity.LOW,
    "CRITICAL": Severity.CRITICAL,
    "HIGH": Severity.HIGH,
    "MEDIUM": Severity.MEDIUM,
    "LOW": Severity.LOW,
    "EXPERIMENT": Severity.INFO,
    "INVENTORY": Severity.INFO,
}

# Without these semgrep phones home: offline its version check and the registry
# each block ~97 s. They go into every semgrep process, probes too.
SEMGREP_ENV = {
    "SEMGREP_ENABLE_VERSION_CHECK": "0",
    "SEMGREP_SEND_METRICS": "off",
}

NOSEMGREP = re.compile(r"(?:#|//)\s*nosem(?:grep)?\b(?::\s*([\w.\-]+(?:[\s,]+[\w.\-]+)*))?")


def _dict(value: object) -> dict[str, Any]:
    """A JSON object of semgrep's output, or an empty one for anything else."""
    return value if isinstance(value, dict) else {}


def _rule(check_id: str, extra: dict[str, Any], meta: dict[str, Any]) -> Rule:
    """A rule as its result describes it (semgrep's output carries the rule's metadata)."""
    message = str(extra.get("message", check_id)).strip()
    refs = meta.get("references", [])
    ref_list = [str(r) for r in refs] if isinstance(refs, list) else [str(refs)]
    return Rule(
        id=check_id,
        name=check_id,
        short_description=str(meta.get("shortDescription") or check_id.replace("-", " ")),
        full_description=message,
        help_text=message + ("\nReferences: " + " ".join(ref_list) if ref_list else ""),
        help_uri=ref_list[0] if ref_list else None,
        cwes=cwes_of(meta),
        severity=SEVERITY.get(str(extra.get("severity", "WARNING")).upper(), Severity.MEDIUM),
        tags=tuple(str(t) for t in (meta.get("owasp") or []) if isinstance(t, str)),
    )


class SemgrepAdapter(Adapter):
    """semgrep with scangate's rules, a primary SAST scanner; one process per core."""

    name = "semgrep"
    category = Category.SAST
    executable = "semgrep"
    package = "semgrep"
    tool_name = "semgrep"
    information_uri = "https://semgrep.dev"
    options: ClassVar[OptionKinds] = {"rules": "paths"}
    cpu = "split"
    cpu_s_per_mb = 17.0
    chunks_per_core = 1
    parallel_invocations = True

    def __init__(self) -> None:
        self._rules: dict[tuple[Path, ...], list[dict[str, Any]] | None] = {}

    def rule_paths(self, ctx: ScanContext) -> list[Path]:
        """The --config paths: the `rules` option (relative to the root), else ours."""
        rules = ctx.settings.options.get("rules")
        if rules is None:
            return [bundled_rules()]
        return [Path(r) if Path(r).is_absolute() else ctx.root / r for r in rules]

    def rules(self, ctx: ScanContext) -> list[dict[str, Any]] | None:
        """The rules of this scan, parsed once per scan (None: semgrep reads the files)."""
        paths = tuple(rp.resolve() for rp in self.rule_paths(ctx))
        if paths not in self._rules:
            self._rules[paths] = load_rules(list(paths))
        return self._rules[paths]

    def suppressed_in_source(self, finding: Finding, lines: Sequence[str]) -> str | None:
        """`# nosemgrep` or `# nosemgrep: rule-id` on the finding's first line, or alone
        on the line above it, as semgrep reads it."""
        start = finding.location.start_line
        m = comment_on(lines, start, start, NOSEMGREP)
        above = lines[start - 2].strip() if 2 <= start <= len(lines) + 1 else ""
        if m is None and above.startswith("#"):
            m = NOSEMGREP.search(above)
        return suppression(m, finding.rule_id)

    def checks(self, ctx: ScanContext) -> frozenset[int]:
        """The CWEs of the rules' metadata (empty when semgrep reads rules we cannot)."""
        return frozenset(c for cwes in rule_cwes(self.rules(ctx)).values() for c in cwes)

    def invocations(self, ctx: ScanContext) -> list[Invocation]:
        """One semgrep process per chunk of files, each on one core (`-j 1`).

        The engine runs the chunks from a pool of cores shared with bandit, so a
        core never idles while either scanner has files left.
        """
        paths = [rp.resolve() for rp in self.rule_paths(ctx)]
        pack = write_pack(self.rules(ctx), ctx.workdir)
        configs: list[str] = []
        for rp in [pack] if pack else paths:
            configs += ["--config", str(rp)]
        head = (
            *ctx.command(self.executable),
            "scan",
            *configs,
            "--json",
            "--metrics=off",
            "--disable-version-check",
            # Scan git-ignored targets too: they were asked for, and semgrep would
            # otherwise report them as 0 files scanned and "succeed".
            "--no-git-ignore",
            # scangate applies `# nosemgrep` itself, so a suppressed finding is shown.
            "--disable-nosem",
            "--quiet",
            "-j",
            "1",
            *ctx.settings.args,
        )
        return split_invocations(ctx, head, SEMGREP_ENV, cwd="/")

    def cache_digest(self, ctx: ScanContext) -> str | None:
        """Every rule file's path and content, plus the extra args (semgrep OSS is per-file)."""
        h = hashlib.sha256("\0".join(ctx.settings.args).encode())
        for root in self.rule_paths(ctx):
            files = sorted(root.rglob("*")) if root.is_dir() else [root]
            for f in files:
                if f.is_file() and f.suffix in (".yaml", ".yml", ".json"):
                    h.update(str(f).encode() + b"\0" + f.read_bytes())
        return h.hexdigest()

    def version_env(self) -> Mapping[str, str]:
        """SEMGREP_ENV: `semgrep --version` phones home too."""
        return SEMGREP_ENV

    def parse(self, ctx: ScanContext, inv: Invocation, result: ProcessResult) -> Outcome:
        """Results, and per-file evidence of what semgrep really examined.

        A file counts as examined when it is in `paths.scanned` and no error entry
        names it. Entries that name a file (a rule that timed out or ran out of
        memory on it, a part that would not parse, a skip) are that file's own misses:
        `Miss.cwes` says which checks did not run there. A failed run (exit other than
        0/1) still gives its results, which are real; then only the files its errors
        name are misses, or every file when an error names none (semgrep as a whole
        failed).
        """
        data, results, _ = results_and_errors(result, "semgrep")
        paths = data.get("paths")
        expect(
            isinstance(paths, dict) and isinstance(paths.get("scanned"), list),
            "semgrep output has no 'paths.scanned' list",
        )
        ids = RuleIds(rule_prefixes([*self.rule_paths(ctx), ctx.workdir / PACK_NAME]))
        by_rule = rule_cwes(self.rules(ctx))
        examined, missed, notes = read_coverage(ctx, inv, result, data, ids, by_rule)
        wanted = set(inv.targets)
        pairs = (self._finding(ctx, item, ids) for item in results)
        findings, rules = collect(
            p for p in pairs if p is not None and p[0].location.path in wanted
        )
        version = data.get("version") if isinstance(data.get("version"), str) else None
        return Outcome(findings, rules, examined, missed, tool_version=version, notes=notes)

    def _finding(self, ctx: ScanContext, item: Any, ids: RuleIds) -> tuple[Finding, Rule] | None:
        """One result, and its rule; None for a file outside the root."""
        if not isinstance(item, dict):
            raise OutputError("semgrep result is not an object")
        rel = ctx.rel(str(item.get("path", "")))
        if rel is None:
            return None
        check_id = ids.strip(str(item.get("check_id", "unknown")))
        extra = _dict(item.get("extra"))
        meta = _dict(extra.get("metadata"))
        start, end = _dict(item.get("start")), _dict(item.get("end"))
        rule = _rule(check_id, extra, meta)
        span = location(rel, start.get("line"), end.get("line"), start.get("col"), end.get("col"))
        finding = self.finding(
            rule,
            rule.full_description,
            span,
            confidence=str(meta["confidence"]).lower() if meta.get("confidence") else None,
            corroborates=corroborated(meta),
        )
        return finding, rule
