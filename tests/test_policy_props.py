"""The verdict contract (docs/architecture.md) of `scangate.decide.policy.decide`, on synthetic runs.

No process runs here: hypothesis builds ScannerRuns the way the engine does
(findings only on files a healthy run examined; a failed or timed-out run
examined nothing) and checks properties of the decision:

(a) a scanner failing never removes a block that did not depend on its own
    findings, and never turns FAIL into PASS when the quorum needs every scanner;
(b) a healthy scanner's extra finding never turns FAIL into PASS (nor creates ERROR);
(c) a category with targets and no healthy scanner gives ERROR, or FAIL when a
    blocking finding exists;
(d) the decision does not depend on the order of runs, or of findings in a run;
plus unit tests of votes, the "quorum of the living", fail_on_degraded and quorum 2.

Note on (a): with the default quorum of 1, a FAIL resting only on the failed
scanner's own findings legitimately becomes a (loud) PASS when another healthy
scanner vouches for the file: see test_quorum_1_lets_one_healthy_scanner_vouch.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import scangate.decide.correlate as correlate_module
from scangate.decide.correlate import correlate, related, same_issue
from scangate.decide.policy import decide
from scangate.model import (
    Category,
    Coverage,
    Finding,
    Location,
    Miss,
    Role,
    RunStatus,
    ScannerRun,
    Severity,
    ToolInfo,
    Verdict,
)
from scangate.result import Decision
from scangate.settings.config import Config

SAST, DEPS = Category.SAST, Category.DEPS
OK, DEGRADED, FAILED, TIMEOUT, SKIPPED = (
    RunStatus.OK,
    RunStatus.DEGRADED,
    RunStatus.FAILED,
    RunStatus.TIMEOUT,
    RunStatus.SKIPPED,
)
TARGETS: dict[Category, tuple[str, ...]] = {
    SAST: ("a.py", "b.py", "c.py"),
    DEPS: ("requirements-dev.txt", "requirements.txt"),
}
SCANNERS: dict[str, tuple[Category, Role]] = {
    "semgrep": (SAST, Role.PRIMARY),
    "bandit": (SAST, Role.PRIMARY),
    "ruff": (SAST, Role.STANDBY),
    "pip-audit": (DEPS, Role.PRIMARY),
}
# Small pools, so that findings of different scanners often correlate (same file,
# nearby lines, related CWEs) and groups get several votes.
CWES = [(78,), (77,), (95,), (502,), ()]
RULES = ["r1", "r2", "r3"]
PROPS = settings(max_examples=200, deadline=None)


# --------------------------------------------------------------------------- builders


def finding(
    scanner: str,
    path: str,
    line: int = 3,
    severity: Severity = Severity.HIGH,
    cwes: tuple[int, ...] = (78,),
    rule: str = "r1",
    tag: str = "",
) -> Finding:
    cat = SCANNERS[scanner][0]
    extra = {}
    if cat == DEPS:
        extra = {"package": "requests", "version": "2.19.1", "vuln_id": rule, "aliases": ()}
    return Finding(
        scanner=scanner,
        category=cat,
        rule_id=rule,
        message=f"{scanner} {rule}",
        severity=severity,
        location=Location(path, line, line),
        cwes=cwes if cat == SAST else (),
        fingerprint=f"{scanner}/{rule}/{path}/{line}/{severity.label}/{tag}",
        **extra,
    )


def run(
    scanner: str,
    status: RunStatus = OK,
    examined: tuple[str, ...] | None = None,
    findings: tuple[Finding, ...] = (),
) -> ScannerRun:
    """A run as the engine makes it: what it examined, what it missed and why."""
    cat, role = SCANNERS[scanner]
    targets = TARGETS[cat]
    if status == SKIPPED:
        return ScannerRun(scanner, cat, role, status, ToolInfo(scanner), message="not needed")
    if examined is None:
        examined = targets if status.healthy else ()
    why = {FAILED: "crashed", TIMEOUT: "timed out"}.get(status, "skipped it")
    missed = tuple(Miss(t, f"{scanner} {why}") for t in targets if t not in examined)
    return ScannerRun(
        scanner,
        cat,
        role,
        status,
        ToolInfo(scanner),
        coverage=Coverage(targets, tuple(examined), missed),
        findings=findings,
        message="" if status == OK else f"{scanner} {why}",
    )


def failed(r: ScannerRun, status: RunStatus = FAILED) -> ScannerRun:
    """The same scanner, crashed: nothing examined, no findings."""
    return run(r.scanner, status)


def verdict(runs: list[ScannerRun], config: Config | None = None) -> Decision:
    """The decision; a category no run belongs to is out of scope (these tests build
    the runs of the categories they are about; without a scanner and out of scope
    undeclared, a category is an ERROR: see test_c_an_unselected_category_is_an_error)."""
    config = config or Config()
    absent = tuple(c for c in Category if not any(r.category == c for r in runs))
    return decide(runs, TARGETS, replace(config, out_of_scope=(*config.out_of_scope, *absent)))


# --------------------------------------------------------------------------- strategies


@st.composite
def findings_st(draw: st.DrawFn, scanner: str, paths: tuple[str, ...], tag: str) -> Finding:
    return finding(
        scanner,
        draw(st.sampled_from(paths)),
        line=draw(st.integers(1, 4)),
        severity=draw(st.sampled_from(list(Severity))),
        cwes=draw(st.sampled_from(CWES)),
        rule=draw(st.sampled_from(RULES)),
        tag=tag,
    )


@st.composite
def run_st(draw: st.DrawFn, scanner: str, shared: Severity = Severity.MEDIUM) -> ScannerRun:
    cat, role = SCANNERS[scanner]
    statuses = [OK, OK, OK, DEGRADED, FAILED, TIMEOUT] + ([SKIPPED] if role == Role.STANDBY else [])
    status = draw(st.sampled_from(statuses))
    targets = TARGETS[cat]
    if status == SKIPPED:
        return run(scanner, SKIPPED)
    if status == DEGRADED:
        k = draw(st.integers(1, len(targets) - 1))
        examined = tuple(sorted(draw(st.permutations(targets))[:k]))
    else:
        examined = targets if status == OK else ()
    # The engine keeps SAST findings only on examined files; a dependency finding is
    # kept even when another dependency of its file could not be audited.
    paths = targets if cat == DEPS and status != TIMEOUT else examined
    found: tuple[Finding, ...] = ()
    if paths:
        found = tuple(
            draw(findings_st(scanner, paths, tag=str(i))) for i in range(draw(st.integers(0, 4)))
        )
    first = paths[0] if paths else None
    if first is not None and draw(st.booleans()):
        # One issue several scanners may agree on: groups with several votes.
        found += (finding(scanner, first, line=2, severity=shared, rule="shared", tag="s"),)
    return run(scanner, status, examined, found)


@st.composite
def runs_st(draw: st.DrawFn) -> list[ScannerRun]:
    names = draw(st.lists(st.sampled_from(list(SCANNERS)), min_size=1, max_size=4, unique=True))
    shared = draw(st.sampled_from(list(Severity)))
    return [draw(run_st(n, shared)) for n in names]


@st.composite
def votes_st(draw: st.DrawFn) -> dict[Severity, int]:
    """Votes needed per severity: severities from a threshold up block, the more
    severe needing no more votes than the less severe; below it, 0 (never blocks)."""
    threshold = draw(st.sampled_from(list(Severity)))
    votes: dict[Severity, int] = {}
    need = draw(st.integers(1, 2))
    for sev in sorted(Severity, reverse=True):
        if sev < threshold:
            votes[sev] = 0
        else:
            need = draw(st.integers(need, 3))
            votes[sev] = need
    return votes


@st.composite
def config_st(draw: st.DrawFn) -> Config:
    return replace(
        Config(),
        quorum={SAST: draw(st.integers(1, 2)), DEPS: draw(st.integers(1, 2))},
        votes=draw(st.one_of(st.just(dict(Config().votes)), votes_st())),
        fail_on_degraded=draw(st.booleans()),
    )


# --------------------------------------------------------------------------- (a) failures


@PROPS
@given(runs=runs_st(), config=config_st(), data=st.data())
def test_a_failure_keeps_every_block_that_did_not_depend_on_it(
    runs: list[ScannerRun], config: Config, data: st.DataObject
) -> None:
    before = verdict(runs, config)
    i = data.draw(st.integers(0, len(runs) - 1))
    dead = runs[i].scanner
    status = data.draw(st.sampled_from([FAILED, TIMEOUT]))
    after = verdict([*runs[:i], failed(runs[i], status), *runs[i + 1 :]], config)
    # A block is its findings: a group may merge with a neighbour once the dead
    # scanner's finding no longer pairs with it (correlate's touching-line pairs).
    still = {f.fingerprint for g in after.blocking for f in g.findings}
    for g in before.blocking:
        if dead not in g.scanners:
            assert {f.fingerprint for f in g.findings} <= still, (g, after.groups)
    if before.verdict == Verdict.FAIL:
        assert after.verdict == Verdict.FAIL or all(dead in g.scanners for g in before.blocking)
    if before.verdict == Verdict.FAIL and after.verdict == Verdict.PASS:
        # Only a block that rested on the dead scanner's findings can go, and only
        # because some other healthy scanner examined its file: loudly.
        assert any(w.startswith(f"{dead} ") for w in after.warnings)


@PROPS
@given(runs=runs_st(), data=st.data())
def test_a_failure_never_turns_fail_into_pass_when_quorum_needs_every_scanner(
    runs: list[ScannerRun], data: st.DataObject
) -> None:
    counts = {c: sum(r.category == c and r.status != SKIPPED for r in runs) for c in Category}
    config = replace(Config(), quorum={c: max(n, 1) for c, n in counts.items()})
    before = verdict(runs, config)
    i = data.draw(st.integers(0, len(runs) - 1))
    after = verdict([*runs[:i], failed(runs[i]), *runs[i + 1 :]], config)
    if before.verdict == Verdict.FAIL:
        assert after.verdict in (Verdict.FAIL, Verdict.ERROR)
    if runs[i].status != SKIPPED:
        assert after.verdict != Verdict.PASS


def test_quorum_1_lets_one_healthy_scanner_vouch() -> None:
    """By design (quorum 1), a crashed scanner's unseen finding is lost when another
    healthy scanner examined the file: PASS, but never silently; quorum 2 says ERROR."""
    flaw = finding("semgrep", "a.py")
    before = verdict([run("semgrep", findings=(flaw,)), run("bandit")])
    assert before.verdict == Verdict.FAIL
    runs = [run("semgrep", FAILED), run("bandit")]
    after = verdict(runs)
    assert after.verdict == Verdict.PASS
    assert "PASS despite 1 scanner(s) not ok (see warnings)" in after.reasons
    assert "semgrep failed: semgrep crashed" in after.warnings
    strict = verdict(runs, replace(Config(), quorum={SAST: 2, DEPS: 1}))
    assert strict.verdict == Verdict.ERROR


# --------------------------------------------------------------------------- (b) findings


@PROPS
@given(runs=runs_st(), config=config_st(), data=st.data())
def test_b_a_healthy_scanners_finding_never_turns_fail_into_pass(
    runs: list[ScannerRun], config: Config, data: st.DataObject
) -> None:
    healthy = [i for i, r in enumerate(runs) if r.status.healthy]
    if not healthy:
        return
    i = data.draw(st.sampled_from(healthy))
    r = runs[i]
    extra = data.draw(findings_st(r.scanner, r.coverage.examined, tag="added"))
    before = verdict(runs, config)
    after = verdict([*runs[:i], replace(r, findings=(*r.findings, extra)), *runs[i + 1 :]], config)
    allowed = {
        Verdict.FAIL: {Verdict.FAIL},
        Verdict.ERROR: {Verdict.ERROR, Verdict.FAIL},
        Verdict.PASS: {Verdict.PASS, Verdict.FAIL},
    }
    assert after.verdict in allowed[before.verdict], (before.reasons, after.reasons)
    if before.blocking:
        assert after.blocking


# --------------------------------------------------------------------------- (c) coverage


@PROPS
@given(runs=runs_st(), config=config_st(), data=st.data())
def test_c_a_category_without_a_healthy_scanner_is_error_unless_a_finding_blocks(
    runs: list[ScannerRun], config: Config, data: st.DataObject
) -> None:
    cat = data.draw(st.sampled_from(list(Category)))
    names = [n for n, (c, _) in SCANNERS.items() if c == cat]
    down = data.draw(st.lists(st.sampled_from(names), min_size=1, unique=True))
    kept = [r for r in runs if r.category != cat]
    sick = [
        run(n, data.draw(st.sampled_from([FAILED, TIMEOUT] + ([SKIPPED] if n == "ruff" else []))))
        for n in down
    ]
    # Dependency findings of a failed run are kept (a real finding is real).
    if cat == DEPS and sick[0].status == FAILED and data.draw(st.booleans()):
        sick[0] = replace(sick[0], findings=(finding("pip-audit", "requirements.txt"),))
    order = data.draw(st.permutations([*kept, *sick]))
    decision = verdict(list(order), config)
    if decision.blocking:
        assert decision.verdict == Verdict.FAIL
    else:
        assert decision.verdict == Verdict.ERROR
        assert any(r.startswith(f"{cat.value} quorum not met: ") for r in decision.reasons)
    uncovered = {u.target for u in decision.uncovered if u.category == cat}
    assert uncovered == set(TARGETS[cat])


def test_c_a_skipped_standby_alone_does_not_vouch() -> None:
    """Only a skipped standby for SAST: nothing examined the files, so ERROR (not PASS)."""
    decision = verdict([run("ruff", SKIPPED), run("pip-audit")])
    assert decision.verdict == Verdict.ERROR
    assert decision.reasons[0] == (
        "sast quorum not met: 3 of 3 target(s) examined by fewer than 1 healthy scanner(s)"
    )
    assert "  a.py: no scanner examined it" in decision.reasons


def test_c_an_unselected_category_is_an_error() -> None:
    """Deselecting every scanner of a category that has targets: nothing examined them,
    so ERROR, unless the category is declared out of scope (then a warning)."""
    runs = [run("semgrep"), run("bandit")]
    decision = decide(runs, TARGETS, Config())
    assert decision.verdict == Verdict.ERROR
    assert decision.reasons[0].startswith(
        "deps: nothing examined its 2 target(s): no scanner of this category ran"
    )
    scoped = decide(runs, TARGETS, replace(Config(), out_of_scope=(DEPS,)))
    assert scoped.verdict == Verdict.PASS
    assert scoped.warnings == ("deps: out of scope; 2 target(s) not checked",)


def test_c_nothing_examined_is_an_error_even_with_quorum_0() -> None:
    """Quorum 0 lowers the bar per target; it never turns "nobody looked" into PASS."""
    zero = replace(Config(), quorum={SAST: 0, DEPS: 1})
    decision = verdict([run("semgrep", FAILED), run("bandit", FAILED)], zero)
    assert decision.verdict == Verdict.ERROR
    assert decision.reasons[0].startswith("sast: nothing examined its 3 target(s): ")
    one_ok = verdict([run("semgrep", FAILED), run("bandit", examined=("a.py",))], zero)
    assert one_ok.verdict == Verdict.PASS


def test_a_files_own_miss_needs_a_scanner_with_the_same_check() -> None:
    """semgrep's open-redirect rule timed out on a.py (the file's own doing): bandit
    examined a.py but has no such check, so a.py is uncovered (ERROR). A timed-out
    command-injection rule is made good by bandit, which checks CWE-78."""

    def semgrep_missing(cwes: tuple[int, ...]) -> ScannerRun:
        r = run("semgrep", DEGRADED, examined=("b.py", "c.py"))
        miss = Miss("a.py", "semgrep rule(s) x did not finish on it", cwes)
        return replace(r, coverage=replace(r.coverage, missed=(miss,)), checks=(78, 601))

    bandit = replace(run("bandit"), checks=(78, 95))
    redirect = verdict([semgrep_missing((601,)), bandit])
    assert redirect.verdict == Verdict.ERROR
    assert any("checks open redirect (CWE-601)" in r for r in redirect.reasons)
    command = verdict([semgrep_missing((78,)), bandit])
    assert command.verdict == Verdict.PASS
    everything = verdict([semgrep_missing(()), bandit])  # () = every check of semgrep's
    assert everything.verdict == Verdict.ERROR
    unknown = verdict([semgrep_missing((601,)), replace(bandit, checks=())])
    assert unknown.verdict == Verdict.ERROR
    crashed = verdict([replace(run("semgrep", FAILED), checks=(601,)), bandit])
    assert crashed.verdict == Verdict.PASS  # a whole-scanner failure: the quorum decides


# --------------------------------------------------------------------------- (d) order


@PROPS
@given(runs=runs_st(), config=config_st(), data=st.data())
def test_d_the_decision_does_not_depend_on_order(
    runs: list[ScannerRun], config: Config, data: st.DataObject
) -> None:
    before = verdict(runs, config)
    shuffled = [
        replace(r, findings=tuple(data.draw(st.permutations(r.findings))))
        for r in data.draw(st.permutations(runs))
    ]
    after = verdict(shuffled, config)
    assert after.verdict == before.verdict
    assert after.groups == before.groups
    assert sorted(after.warnings) == sorted(before.warnings)

    def uncovered(d: Decision) -> set[tuple[object, ...]]:
        return {
            (u.category, u.target, u.covered_by, u.needed, frozenset(u.reasons))
            for u in d.uncovered
        }

    assert uncovered(after) == uncovered(before)
    if before.verdict != Verdict.ERROR:
        assert after.reasons == before.reasons


# --------------------------------------------------------------------------- votes


def group_of(decision: Decision, path: str = "a.py"):
    [g] = [g for g in decision.groups if g.findings[0].location.path == path]
    return g


@pytest.mark.parametrize(
    ("severity", "voters", "needed", "blocking"),
    [
        (Severity.CRITICAL, ["semgrep"], 1, True),
        (Severity.HIGH, ["bandit"], 1, True),
        (Severity.MEDIUM, ["semgrep"], 2, False),
        (Severity.MEDIUM, ["semgrep", "bandit"], 2, True),
        (Severity.LOW, ["semgrep", "bandit"], 0, False),
        (Severity.INFO, ["semgrep", "bandit"], 0, False),
    ],
)
def test_votes_with_two_healthy_scanners(
    severity: Severity, voters: list[str], needed: int, blocking: bool
) -> None:
    runs = [
        run(n, findings=(finding(n, "a.py", severity=severity),) if n in voters else ())
        for n in ("semgrep", "bandit")
    ]
    decision = verdict(runs)
    g = group_of(decision)
    assert (g.severity, g.votes, g.votes_needed, g.blocking) == (
        severity,
        len(voters),
        needed,
        blocking,
    )
    assert decision.verdict == (Verdict.FAIL if blocking else Verdict.PASS)


def test_related_cwes_on_nearby_lines_are_one_group_with_two_votes() -> None:
    s = finding("semgrep", "a.py", line=4, severity=Severity.MEDIUM, cwes=(77,), rule="cmd")
    b = finding("bandit", "a.py", line=5, severity=Severity.MEDIUM, cwes=(78,), rule="B602")
    decision = verdict([run("semgrep", findings=(s,)), run("bandit", findings=(b,))])
    g = group_of(decision)
    assert (g.votes, g.votes_needed, g.blocking) == (2, 2, True)
    assert decision.reasons[1] == "medium cmd at a.py:4 (2 vote(s), 2 needed: bandit, semgrep)"


@pytest.mark.parametrize(
    "other",
    [
        run("semgrep", FAILED),
        run("semgrep", TIMEOUT),
        run("semgrep", DEGRADED, examined=("b.py", "c.py")),  # did not examine a.py
    ],
    ids=["failed", "timeout", "degraded-elsewhere"],
)
def test_quorum_of_the_living_one_vote_suffices_when_the_other_could_not_vote(
    other: ScannerRun,
) -> None:
    """A medium finding needs 2 votes, but only 1 when the other SAST scanner did not
    examine the file: a crash must never turn a blocking finding into an advisory one."""
    medium = finding("bandit", "a.py", severity=Severity.MEDIUM)
    decision = verdict([other, run("bandit", findings=(medium,))])
    g = group_of(decision)
    assert (g.votes, g.votes_needed, g.blocking) == (1, 1, True)
    assert decision.verdict == Verdict.FAIL
    assert decision.reasons[1] == "medium r1 at a.py:3 (1 vote(s), 1 needed: bandit)"
    assert any(w.startswith("semgrep ") for w in decision.warnings)


def test_quorum_of_the_living_a_healthy_silent_scanner_still_counts() -> None:
    medium = finding("bandit", "a.py", severity=Severity.MEDIUM)
    decision = verdict([run("semgrep"), run("bandit", findings=(medium,))])
    assert group_of(decision).votes_needed == 2
    assert decision.verdict == Verdict.PASS


def test_custom_votes_make_medium_block_alone_and_high_advisory() -> None:
    votes = {**Config().votes, Severity.MEDIUM: 1, Severity.HIGH: 1, Severity.CRITICAL: 1}
    config = replace(Config(), votes=votes)
    medium = finding("bandit", "a.py", severity=Severity.MEDIUM)
    assert verdict([run("semgrep"), run("bandit", findings=(medium,))], config).verdict == (
        Verdict.FAIL
    )
    never = replace(Config(), votes={s: 0 for s in Severity})
    high = finding("bandit", "a.py", severity=Severity.CRITICAL)
    assert verdict([run("bandit", findings=(high,))], never).verdict == Verdict.PASS


def test_a_standby_taking_over_never_unblocks_a_finding() -> None:
    """semgrep + bandit agree on a medium issue: FAIL. semgrep crashes: bandit alone
    blocks (quorum of the living) -> FAIL. When ruff (the standby) takes over and
    does not report it, its silence must not raise the votes needed back to 2:
    the failover that keeps coverage never makes the gate weaker."""
    s = finding("semgrep", "a.py", severity=Severity.MEDIUM)
    b = finding("bandit", "a.py", severity=Severity.MEDIUM)
    assert verdict([run("semgrep", findings=(s,)), run("bandit", findings=(b,))]).verdict == (
        Verdict.FAIL
    )
    crashed = [run("semgrep", FAILED), run("bandit", findings=(b,))]
    assert verdict(crashed).verdict == Verdict.FAIL
    assert verdict([*crashed, run("ruff")]).verdict == Verdict.FAIL


# --------------------------------------------------------------------------- health


def test_fail_on_degraded_turns_a_loud_pass_into_error() -> None:
    runs = [run("semgrep", DEGRADED, examined=("a.py", "b.py")), run("bandit"), run("pip-audit")]
    assert verdict(runs).verdict == Verdict.PASS
    strict = replace(Config(), fail_on_degraded=True)
    decision = verdict(runs, strict)
    assert decision.verdict == Verdict.ERROR
    assert decision.reasons == (
        "fail_on_degraded is set and a scanner was not ok",
        "semgrep degraded: semgrep skipped it",
    )
    healthy = [run("semgrep"), run("bandit"), run("pip-audit")]
    assert verdict(healthy, strict).verdict == Verdict.PASS
    # A blocking finding still decides first.
    flaw = finding("bandit", "a.py")
    blocked = [runs[0], run("bandit", findings=(flaw,)), run("pip-audit")]
    assert verdict(blocked, strict).verdict == Verdict.FAIL


def test_fail_on_degraded_counts_a_failed_scanner_too() -> None:
    runs = [run("semgrep", TIMEOUT), run("bandit"), run("pip-audit")]
    decision = verdict(runs, replace(Config(), fail_on_degraded=True))
    assert decision.verdict == Verdict.ERROR
    assert "semgrep timed out: semgrep timed out" in decision.reasons


def test_quorum_2() -> None:
    config = replace(Config(), quorum={SAST: 2, DEPS: 1})
    both = [run("semgrep"), run("bandit"), run("pip-audit")]
    assert verdict(both, config).verdict == Verdict.PASS

    one_down = [run("semgrep", FAILED), run("bandit"), run("pip-audit")]
    decision = verdict(one_down, config)
    assert decision.verdict == Verdict.ERROR
    assert decision.reasons[0] == (
        "sast quorum not met: 3 of 3 target(s) examined by fewer than 2 healthy scanner(s)"
    )
    assert "  a.py: semgrep: semgrep crashed" in decision.reasons
    assert {(u.target, u.covered_by, u.needed) for u in decision.uncovered} == {
        (t, ("bandit",), 2) for t in TARGETS[SAST]
    }

    # A degraded scanner covers what it examined; only the file it missed is uncovered.
    partial = [run("semgrep", DEGRADED, examined=("b.py", "c.py")), run("bandit"), run("pip-audit")]
    decision = verdict(partial, config)
    assert decision.verdict == Verdict.ERROR
    assert [u.target for u in decision.uncovered] == ["a.py"]
    assert "  a.py: semgrep: semgrep skipped it" in decision.reasons

    # The standby restores the quorum of 2.
    assert verdict([*one_down, run("ruff")], config).verdict == Verdict.PASS


def test_nothing_to_scan_is_error() -> None:
    decision = decide([run("semgrep")], {SAST: (), DEPS: ()}, Config())
    assert decision.verdict == Verdict.ERROR
    assert decision.reasons[0].startswith("nothing to scan")


# --------------------------------------------------------------------------- correlation


SPAN_CWES = [*CWES, (78, 95), (22, 502)]  # two families in one finding, too


@st.composite
def spans_st(draw: st.DrawFn) -> list[Finding]:
    """Findings with multi-line (some inverted) spans in two files, CWEs of one or two
    families, rule hints (corroborates) and advisory aliases, so that every way two
    findings link, and the line sweep, has work to do."""
    out = []
    for k in range(draw(st.integers(0, 25))):
        scanner = draw(st.sampled_from(["semgrep", "bandit", "ruff", "pip-audit"]))
        start = draw(st.integers(1, 30))
        f = finding(
            scanner,
            draw(st.sampled_from(TARGETS[SCANNERS[scanner][0]])),
            line=start,
            cwes=draw(st.sampled_from(SPAN_CWES)),
            rule=draw(st.sampled_from(RULES)),
            tag=str(k),
        )
        end = start + draw(st.integers(-2, 6))
        hints = tuple(draw(st.lists(st.sampled_from(RULES), max_size=2)))
        aliases = tuple(draw(st.lists(st.sampled_from(["A1", "A2", "r1"]), max_size=2)))
        out.append(
            replace(
                f,
                location=replace(f.location, end_line=end),
                corroborates=hints if f.category == SAST else (),
                aliases=aliases if f.category == DEPS else (),
            )
        )
    return out


@contextmanager
def pair_budget(budget: int) -> Iterator[None]:
    """correlate() with another PAIR_BUDGET: 0 sends every file to the keyed sweep."""
    saved = correlate_module.PAIR_BUDGET
    correlate_module.PAIR_BUDGET = budget
    try:
        yield
    finally:
        correlate_module.PAIR_BUDGET = saved


@pytest.mark.parametrize("budget", [0, 1, correlate_module.PAIR_BUDGET])
@PROPS
@given(findings=spans_st())
def test_correlation_groups_are_the_components_of_same_issue(
    budget: int, findings: list[Finding]
) -> None:
    """correlate() links exactly what the definition links, whether a file's findings
    are compared in pairs, swept by key (budget 0), or first one then the other
    (budget 1): the components of the pairwise `same_issue`, then lone findings paired
    with a related lone finding of another scanner on a touching line, in line order,
    each at most once."""
    parent = list(range(len(findings)))

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i, a in enumerate(findings):
        for j, b in enumerate(findings):
            if i < j and same_issue(a, b):
                parent[root(i)] = root(j)
    alone = [
        i
        for i in range(len(findings))
        if [root(k) for k in range(len(findings))].count(root(i)) == 1
    ]
    pairs = sorted(
        (a.location.start_line, b.location.start_line, a.fingerprint, b.fingerprint, i, j)
        for i in alone
        for j in alone
        if (a := findings[i]).location.path == (b := findings[j]).location.path
        and a.category == b.category == SAST
        and a.scanner != b.scanner
        and b.location.start_line == max(a.location.end_line, a.location.start_line) + 1
        and related(a, b)
    )
    paired: set[int] = set()
    for *_, i, j in pairs:
        if i not in paired and j not in paired:
            paired.update((i, j))
            parent[root(i)] = root(j)
    expected = {
        frozenset(f.fingerprint for k, f in enumerate(findings) if root(k) == r)
        for r in {root(k) for k in range(len(findings))}
    }
    with pair_budget(budget):
        groups = correlate(findings)
    assert {frozenset(f.fingerprint for f in members) for _, members in groups} == expected


@pytest.mark.parametrize("budget", [0, correlate_module.PAIR_BUDGET])
def test_rule_hints_link_through_the_span_that_reaches_farthest(budget: int) -> None:
    """Two semgrep findings hint at bandit's B1; one bandit B1 finding is near both, a
    later one only near the longer span. All four are one issue, in pairs or swept
    (the two-sided sweep must keep the longer span as the component's representative)."""

    def at(scanner: str, rule: str, start: int, end: int, hints: tuple[str, ...] = ()) -> Finding:
        f = finding(scanner, "a.py", line=start, cwes=(), rule=rule, tag=f"{rule}{start}")
        return replace(f, location=replace(f.location, end_line=end), corroborates=hints)

    short = at("semgrep", "r1", 1, 2, ("B1",))
    long = at("semgrep", "r2", 1, 10, ("B1",))
    first = at("bandit", "B1", 2, 2)
    later = at("bandit", "B1", 8, 8)  # near `long` only; too far from `first` to share its rule
    with pair_budget(budget):
        groups = correlate([short, long, first, later])
    assert [len(members) for _, members in groups] == [4]


def test_a_file_dense_with_findings_goes_to_the_keyed_sweep(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """3,000 findings on one line would be 4.5 million pairs: past the budget the file
    is swept by key instead (linear), with the same two groups as the definition."""
    swept: list[int] = []
    sweep = correlate_module._sweep_keys

    def spy(findings: Any, idxs: list[int], *rest: Any) -> None:
        swept.append(len(idxs))
        sweep(findings, idxs, *rest)

    monkeypatch.setattr(correlate_module, "_sweep_keys", spy)
    sql = [finding(("semgrep", "bandit")[k % 2], "a.py", 7, cwes=(89,), rule="sql", tag=f"s{k}")
           for k in range(1000)]  # fmt: skip
    cmd = [finding(("semgrep", "bandit")[k % 2], "a.py", 7, cwes=(78,), rule="cmd", tag=f"c{k}")
           for k in range(2000)]  # fmt: skip
    dense = [f for k in range(1000) for f in (sql[k], cmd[2 * k], cmd[2 * k + 1])]
    sparse = [finding("semgrep", "b.py", line=k * 5, tag=f"b{k}") for k in range(100)]
    groups = correlate(dense + sparse)
    assert swept == [3000]  # b.py's 100 findings, far apart, stayed with pairs
    sizes = sorted(len(members) for _, members in groups if members[0].location.path == "a.py")
    assert sizes == [1000, 2000]  # the SQL injections and the command injections
    assert sum(1 for _, m in groups if m[0].location.path == "b.py") == 100
