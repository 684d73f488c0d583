"""semgrep: SAST with the rules we ship in `rules/` (never the unreachable registry)."""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar

from scangate.adapters.interface import (
    Adapter,
    Invocation,
    Outcome,
    OutputError,
    ScanContext,
    as_int,
    comment_on,
    expect,
    listed,
    load_json,
    split_by_size,
)
from scangate.cwe import parse_cwes
from scangate.model import Category, Finding, Location, Miss, Rule, Severity
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
# each block ~97 s (DESIGN §3). They go into every semgrep process, probes too.
SEMGREP_ENV = {
    "SEMGREP_ENABLE_VERSION_CHECK": "0",
    "SEMGREP_SEND_METRICS": "off",
}


def bundled_rules() -> Path:
    """The rules shipped with scangate: in the wheel, or `rules/` of a source checkout."""
    packaged = resources.files("scangate") / "_rules"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "rules"


RULE_SUFFIXES = (".yaml", ".yml")
PACK_NAME = "rules.json"
# After this many rules time out on one file semgrep skips the rest of its rules on
# that file, without an error entry for them: the whole file is then unexamined.
DEFAULT_TIMEOUT_THRESHOLD = 3
NOSEMGREP = re.compile(r"(?:#|//)\s*nosem(?:grep)?\b(?::\s*([\w.\-]+(?:[\s,]+[\w.\-]+)*))?")
# Error types that say one rule did not finish on one file.
RULE_GAVE_UP = ("Timeout", "OutOfMemory")


def _is_rule_file(path: Path) -> bool:
    """semgrep's test for a rule file in a --config folder (semgrep.util.is_config_suffix)."""
    suffixes = path.suffixes
    return (
        bool(suffixes)
        and suffixes[-1] in RULE_SUFFIXES
        and suffixes[-2:-1] != [".test"]
        and ".fixed" not in suffixes
    )


def _rule_files(paths: list[Path]) -> list[Path] | None:
    """The YAML files semgrep would read for these --config paths; None if any path is
    something else (a JSON or jsonnet file, a missing path)."""
    files: list[Path] = []
    for p in paths:
        if p.is_dir():
            files += sorted(f for f in p.rglob("*") if _is_rule_file(f) and f.is_file())
        elif p.is_file() and p.suffix in RULE_SUFFIXES:
            files.append(p)
        else:
            return None
    return files


def load_rules(paths: list[Path]) -> list[dict[str, Any]] | None:
    """Every rule of these --config paths, parsed once with ruamel's safe C loader (YAML
    1.2, as semgrep's); None when anything is unusual (unparseable, not a `rules:` list,
    a rule id used twice), so that semgrep reads the files and reports the problem in
    its own words against the user's file."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    files = _rule_files(paths)
    if not files:
        return None
    loader = YAML(typ="safe")
    rules: list[dict[str, Any]] = []
    seen: set[str] = set()
    for f in files:
        try:
            doc = loader.load(f.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, YAMLError, ValueError):
            return None
        if not isinstance(doc, dict) or set(doc) != {"rules"} or not isinstance(doc["rules"], list):
            return None
        for rule in doc["rules"]:
            if not isinstance(rule, dict) or not isinstance(rule.get("id"), str):
                return None
            if rule["id"] in seen:
                return None  # distinct only through their folders' prefixes: keep them apart
            seen.add(rule["id"])
            rules.append(rule)
    return rules


def compile_rules(paths: list[Path], dest: Path) -> Path | None:
    """The rules of these --config paths in one JSON file, or None (see `write_pack`)."""
    return write_pack(load_rules(paths), dest)


def write_pack(rules: list[dict[str, Any]] | None, dest: Path) -> Path | None:
    """All the rules in one JSON file, or None to hand semgrep the paths as they are.

    semgrep reads YAML rules with a pure-Python loader that keeps every node's
    position: for our 20-file pack that is 3-4 CPU-s in every semgrep process, more
    than a pre-commit run then spends scanning. JSON it reads with the json module
    (its own comment: "much faster"); `load_rules` parses the YAML once, in about
    0.15 s.
    """
    if not rules:
        return None
    try:
        text = json.dumps({"rules": rules})
    except (TypeError, ValueError):  # a YAML date or set: not JSON, let semgrep read it
        return None
    dest.mkdir(parents=True, exist_ok=True)
    pack = dest / PACK_NAME
    pack.write_text(text, encoding="utf-8")
    return pack


def rule_cwes(rules: list[dict[str, Any]] | None) -> dict[str, tuple[int, ...]]:
    """Each rule's CWE ids, from its `metadata.cwe`."""
    out: dict[str, tuple[int, ...]] = {}
    for rule in rules or []:
        meta = rule.get("metadata") if isinstance(rule.get("metadata"), dict) else {}
        raw = meta.get("cwe", []) if isinstance(meta, dict) else []
        out[str(rule["id"])] = parse_cwes(raw if isinstance(raw, list) else [raw])
    return out


def _threshold(argv: tuple[str, ...]) -> int:
    """semgrep's `--timeout-threshold` in this command line (the last one wins)."""
    value = DEFAULT_TIMEOUT_THRESHOLD
    for i, arg in enumerate(argv[:-1]):
        if arg == "--timeout-threshold" and argv[i + 1].isdigit():
            value = int(argv[i + 1])
        elif arg.startswith("--timeout-threshold=") and arg.split("=", 1)[1].isdigit():
            value = int(arg.split("=", 1)[1])
    return value


def _kind(err: dict[str, Any]) -> str:
    """An error's type: a string, or the head of a list (`["PartialParsing", spans]`)."""
    t = err.get("type")
    if isinstance(t, list) and t:
        t = t[0]
    return str(t) if t is not None else "error"


def _rule_prefixes(paths: list[Path]) -> list[str]:
    """semgrep prefixes each check_id with the rule file's folder, dotted (cwd is '/')."""
    dirs: set[Path] = set()
    for p in paths:
        if p.is_dir():
            for sub, _, _ in os.walk(p):
                dirs.add(Path(sub))
        else:
            dirs.add(p.parent)
    prefixes = {str(d).strip("/").replace("/", ".") + "." for d in dirs}
    return sorted(prefixes, key=len, reverse=True)


class SemgrepAdapter(Adapter):
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
        return m.group(0).strip() if m and listed(m.group(1), finding.rule_id) else None

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
        out = []
        for chunk in split_by_size(ctx, max(ctx.jobs, 1)):
            argv = (
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
                "--",
                *(ctx.abs(t) for t in chunk),
            )
            out.append(Invocation(argv, chunk, SEMGREP_ENV, cwd="/"))
        return out

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
        data = load_json(result, "semgrep")
        expect(isinstance(data, dict), "semgrep output is not a JSON object")
        results = data.get("results")
        errors = data.get("errors", [])
        paths = data.get("paths")
        expect(isinstance(results, list), "semgrep output has no 'results' list")
        expect(isinstance(errors, list), "semgrep output has a malformed 'errors' list")
        expect(
            isinstance(paths, dict) and isinstance(paths.get("scanned"), list),
            "semgrep output has no 'paths.scanned' list",
        )
        assert isinstance(results, list) and isinstance(paths, dict)  # noqa: S101 (for mypy)
        # Messages name rules by check_id, which carries the compiled pack's temporary
        # folder: say the rule id the user wrote instead.
        prefixes = _rule_prefixes([*self.rule_paths(ctx), ctx.workdir / PACK_NAME])
        by_rule = rule_cwes(self.rules(ctx))

        def rule_id(raw: object) -> str:
            rid = str(raw or "")
            return next((rid[len(p) :] for p in prefixes if rid.startswith(p)), rid)

        wanted = set(inv.targets)
        scanned = {ctx.rel(p) for p in paths["scanned"] if isinstance(p, str)}
        problems: dict[str, Miss] = {}
        gave_up: dict[str, list[str]] = {}
        fatal: list[str] = []
        notes: list[str] = []
        for err in errors:
            if not isinstance(err, dict):
                continue
            msg = str(err.get("message") or _kind(err))
            for p in prefixes:
                msg = msg.replace(p, "")
            msg = (msg.splitlines() or [""])[0][:300]
            path = err.get("path")
            rel = ctx.rel(path) if isinstance(path, str) else None
            kind = _kind(err)
            error_level = str(err.get("level", "error")).lower() != "warn"
            if rel in wanted:
                if kind in RULE_GAVE_UP:
                    gave_up.setdefault(rel, []).append(rule_id(err.get("rule_id")) or kind)
                elif kind == "PartialParsing" or error_level:
                    what = "could only partly parse it" if kind == "PartialParsing" else msg
                    partly = kind == "PartialParsing"
                    problems.setdefault(rel, Miss(rel, f"semgrep: {what}", (), partial=partly))
            elif rel is None and error_level:
                fatal.append(msg)
            elif rel is None:
                notes.append(f"semgrep: {msg}")
        limit = _threshold(inv.argv)
        for rel, ids in gave_up.items():
            if rel in problems:
                continue
            if limit and len(ids) >= limit:
                why = f"{len(ids)} rules timed out on it ({', '.join(ids)}), so it skipped the rest"
                problems[rel] = Miss(rel, f"semgrep: {why}", ())
            else:
                lost = tuple(sorted({c for i in ids for c in by_rule.get(i, ())}))
                known = all(i in by_rule for i in ids)
                problems[rel] = Miss(
                    rel,
                    f"semgrep rule(s) {', '.join(ids)} did not finish on it",
                    lost if known else (),
                    partial=True,
                )
        for skipped in paths.get("skipped", []) or []:
            if isinstance(skipped, dict):
                rel = ctx.rel(str(skipped.get("path", "")))
                if rel in wanted:
                    problems.setdefault(
                        rel, Miss(rel, f"skipped by semgrep: {skipped.get('reason')}", ())
                    )
        failed = result.returncode not in (0, 1)
        if failed and (fatal or not problems):
            # semgrep as a whole failed: nothing it lists as scanned can be trusted.
            why = f"semgrep failed ({result.describe_exit()}): {fatal[0] if fatal else 'no detail'}"
            examined: tuple[str, ...] = ()
            missed = tuple(problems.get(t) or Miss(t, why) for t in inv.targets)
        else:
            notes += [f"semgrep: {m}" for m in fatal]
            examined = tuple(t for t in inv.targets if t in scanned and t not in problems)
            missed = tuple(
                problems.get(t) or Miss(t, "semgrep did not scan it (ignored or skipped)")
                for t in inv.targets
                if t not in examined
            )
        findings: list[Finding] = []
        rules: dict[str, Rule] = {}
        for item in results:
            finding, rule = self._finding(ctx, item, prefixes)
            if finding is not None and rule is not None and finding.location.path in wanted:
                findings.append(finding)
                rules.setdefault(rule.id, rule)
        version = data.get("version") if isinstance(data.get("version"), str) else None
        return Outcome(
            findings=tuple(findings),
            rules=tuple(rules.values()),
            examined=examined,
            missed=missed,
            tool_version=version,
            notes=tuple(notes),
        )

    def _finding(
        self, ctx: ScanContext, item: Any, prefixes: list[str]
    ) -> tuple[Finding | None, Rule | None]:
        if not isinstance(item, dict):
            raise OutputError("semgrep result is not an object")
        rel = ctx.rel(str(item.get("path", "")))
        if rel is None:
            return None, None
        check_id = str(item.get("check_id", "unknown"))
        for prefix in prefixes:
            if check_id.startswith(prefix):
                check_id = check_id[len(prefix) :]
                break
        extra = item.get("extra") if isinstance(item.get("extra"), dict) else {}
        assert isinstance(extra, dict)  # noqa: S101
        meta = extra.get("metadata") if isinstance(extra.get("metadata"), dict) else {}
        assert isinstance(meta, dict)  # noqa: S101
        start = item.get("start") if isinstance(item.get("start"), dict) else {}
        end = item.get("end") if isinstance(item.get("end"), dict) else {}
        assert isinstance(start, dict) and isinstance(end, dict)  # noqa: S101
        severity = SEVERITY.get(str(extra.get("severity", "WARNING")).upper(), Severity.MEDIUM)
        cwe_meta = meta.get("cwe", [])
        cwes = parse_cwes(cwe_meta if isinstance(cwe_meta, list) else [cwe_meta])
        message = str(extra.get("message", check_id)).strip()
        refs = meta.get("references", [])
        ref_list = [str(r) for r in refs] if isinstance(refs, list) else [str(refs)]
        corroborates = tuple(
            str(x) for key in ("bandit", "ruff") for x in (meta.get(key) or []) if x
        )
        start_line = as_int(start.get("line"))
        rule = Rule(
            id=check_id,
            name=check_id,
            short_description=str(meta.get("shortDescription") or check_id.replace("-", " ")),
            full_description=message,
            help_text=message + ("\nReferences: " + " ".join(ref_list) if ref_list else ""),
            help_uri=ref_list[0] if ref_list else None,
            cwes=cwes,
            severity=severity,
            tags=tuple(str(t) for t in (meta.get("owasp") or []) if isinstance(t, str)),
        )
        finding = Finding(
            scanner=self.name,
            category=self.category,
            rule_id=check_id,
            message=message,
            severity=severity,
            location=Location(
                path=rel,
                start_line=start_line,
                end_line=max(as_int(end.get("line"), start_line), start_line),
                start_column=as_int(start.get("col")),
                end_column=as_int(end.get("col")) if end.get("col") else None,
            ),
            cwes=cwes,
            confidence=str(meta["confidence"]).lower() if meta.get("confidence") else None,
            corroborates=corroborates,
        )
        return finding, rule
