"""Config parsing and the scanner-plugin registry, in process (no scangate subprocess).

tests/test_cli.py checks the same refusals end to end (exit 2, one line naming the
file); these check the parser itself, and what it accepts, in milliseconds.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import scangate.adapters as adapters_pkg
from scangate.adapters.bandit import BanditAdapter
from scangate.adapters.interface import Adapter, Invocation, Outcome, ScanContext
from scangate.adapters.pip_audit import PipAuditAdapter
from scangate.adapters.ruff import RuffAdapter
from scangate.adapters.semgrep import SemgrepAdapter
from scangate.errors import UsageError
from scangate.model import Category, Role, Severity
from scangate.settings import trust
from scangate.settings.config import (
    DEFAULT_QUORUM,
    DEFAULT_TIMEOUT,
    DEFAULT_VOTES,
    Config,
    Origin,
    find_config,
    load,
    loads,
)

KNOWN = {a.name: a.options for a in (SemgrepAdapter, BanditAdapter, PipAuditAdapter, RuffAdapter)}
BASE = Path("/cfg")


def parse(text: str, *, name: str = "scangate.toml", trusted: bool = True) -> Config:
    return loads(text, Origin(name, BASE, trusted), name, KNOWN)


def refused(text: str, needle: str, **kw: Any) -> str:
    with pytest.raises(UsageError) as info:
        parse(text, **kw)
    message = str(info.value)
    assert needle in message, message
    assert "\n" not in message
    return message


# --------------------------------------------------------------------------- defaults


def test_no_file_and_an_empty_file_give_the_defaults() -> None:
    for cfg in (load(None, KNOWN), parse("")):
        assert cfg.paths == (".",) and cfg.timeout == DEFAULT_TIMEOUT
        assert cfg.quorum == DEFAULT_QUORUM and cfg.votes == DEFAULT_VOTES
        assert cfg.scanners == {} and cfg.explicit == frozenset()
    settings = parse("timeout = 7\nmax_output_bytes = 2048\n").settings("bandit")
    assert (settings.timeout, settings.output_cap, settings.args) == (7.0, 2048, ())


def test_every_key_is_read_and_remembered_as_explicit() -> None:
    cfg = parse(
        'paths = ["src"]\nexclude = ["gen/*"]\ntimeout = 60\nfail_on_degraded = true\n'
        'osv_db = "db"\nosv_db_max_age_days = 3\ncache_dir = "c"\nout_of_scope = ["deps"]\n'
        "[quorum]\nsast = 2\n[votes]\nmedium = 1\nlow = 1\n"
        '[[waivers]]\nrule = "B101"\nreason = "tests use assert"\nexpires = 2099-01-01\n'
        '[scanners.bandit]\nrole = "standby"\ntimeout = 5\nretries = 2\nenabled = false\n'
    )
    assert cfg.paths == ("src",) and cfg.exclude == ("gen/*",)
    assert cfg.timeout == 60.0 and cfg.fail_on_degraded
    assert cfg.osv_db == str(BASE / "db") and cfg.cache_dir == str(BASE / "c")
    assert cfg.osv_db_max_age_days == 3.0
    assert cfg.out_of_scope == (Category.DEPS,)
    assert cfg.quorum == {Category.SAST: 2, Category.DEPS: 1}
    assert cfg.votes[Severity.MEDIUM] == 1 and cfg.votes[Severity.LOW] == 1
    (waiver,) = cfg.waivers
    assert (waiver.rule, waiver.reason, waiver.expires) == (
        "B101",
        "tests use assert",
        dt.date(2099, 1, 1),
    )
    bandit = cfg.settings("bandit")
    assert (bandit.role, bandit.timeout, bandit.retries, bandit.enabled) == (
        Role.STANDBY,
        5.0,
        2,
        False,
    )
    assert cfg.settings("semgrep").timeout == 60.0  # the top-level timeout
    assert {"paths", "quorum.sast", "votes.medium", "scanners.bandit.role"} <= cfg.explicit
    assert "quorum" not in cfg.explicit and "scanners" not in cfg.explicit


def test_pyproject_reads_only_its_tool_scangate_table(tmp_path: Path) -> None:
    text = '[project]\nname = "x"\n[tool.scangate]\ntimeout = 9\n[tool.other]\nz = 1\n'
    cfg = parse(text, name="pyproject.toml")
    assert cfg.timeout == 9.0
    assert parse('[project]\nname = "x"\n', name="pyproject.toml").timeout == DEFAULT_TIMEOUT
    refused(
        "[tool.scangate]\nbogus = 1\n", "[tool.scangate] unknown key 'bogus'", name="pyproject.toml"
    )
    # find_config: scangate.toml first; a pyproject.toml only with a [tool.scangate] table.
    (tmp_path / "pyproject.toml").write_text(text.replace("scangate", "nothing"))
    assert find_config(tmp_path) is None
    (tmp_path / "pyproject.toml").write_text(text)
    assert find_config(tmp_path) == tmp_path / "pyproject.toml"
    (tmp_path / "scangate.toml").write_text("")
    assert find_config(tmp_path) == tmp_path / "scangate.toml"


def test_load_names_the_file_as_shown(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match=r"^nope\.toml: config file not found$"):
        load(tmp_path / "nope.toml", KNOWN, shown="nope.toml")
    (tmp_path / "scangate.toml").write_text("timeout = 0\n")
    with pytest.raises(UsageError, match=r"^shown\.toml: timeout: expected a finite"):
        load(tmp_path / "scangate.toml", KNOWN, shown="shown.toml")


# --------------------------------------------------------------------------- refusals


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("fail_on_degradd = true\n", "[] unknown key 'fail_on_degradd'"),
        ("[scanners.nosuch]\n", "[scanners] unknown key 'nosuch'"),
        ("[scanners.bandit]\nrules = ['r']\n", "[scanners.bandit] unknown key 'rules'"),
        ("[scanners.bandit]\nbogus = 1\n", "[scanners.bandit] unknown key 'bogus'"),
        ("[quorum]\nsca = 1\n", "[quorum] unknown key 'sca'"),
        ("[votes]\nsevere = 1\n", "[votes] unknown key 'severe'"),
        ("[[waivers]]\nrule = 'B1'\nreason = 'r'\nowner = 'me'\n", "unknown key 'owner'"),
    ],
)
def test_unknown_keys_are_refused_naming_them(text: str, needle: str) -> None:
    message = refused(text, needle.replace("[] ", ""))
    assert message.startswith("scangate.toml: ")
    assert "expected one of" in message


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("this is not toml\n", "invalid TOML"),
        ("timeout = 'soon'\n", "timeout: expected a finite number of seconds > 0, got 'soon'"),
        ("timeout = nan\n", "timeout: expected a finite number of seconds > 0, got nan"),
        ("timeout = inf\n", "got inf"),
        ("timeout = true\n", "got True"),
        ("osv_db_max_age_days = -1\n", "osv_db_max_age_days: expected a finite number"),
        ("max_output_bytes = 10\n", "max_output_bytes: expected an integer >= 1024, got 10"),
        ("paths = 'src'\n", "paths: expected a list of strings, got 'src'"),
        ("exclude = [1]\n", "exclude: expected a list of strings"),
        ("fail_on_degraded = 1\n", "fail_on_degraded: expected true or false, got 1"),
        ("osv_db = ''\n", "osv_db: expected a path to a folder or zip of OSV records"),
        ("out_of_scope = ['secrets']\n", "out_of_scope: expected categories (sast, deps)"),
        ("quorum = 1\n", "quorum: expected a table, got 1"),
        ("[quorum]\nsast = -1\n", "quorum.sast: expected an integer >= 0, got -1"),
        ("[votes]\nlow = 1\n", "votes: medium needs 2 vote(s) to block but low needs 1"),
        ("[votes]\nhigh = 0\n", "votes: high needs no vote(s) to block but medium needs 2"),
        ("[scanners.bandit]\nrole = 'backup'\n", "scanners.bandit.role: expected 'primary' or"),
        ("[scanners.bandit]\nretries = 6\n", "scanners.bandit.retries: expected an integer from"),
        ("[scanners.bandit]\nenabled = 'no'\n", "scanners.bandit.enabled: expected true or"),
        ("[scanners.bandit]\ncommand = []\n", "scanners.bandit.command: expected a non-empty"),
        ("[scanners.semgrep]\nrules = []\n", "scanners.semgrep.rules: expected a non-empty list"),
        ("[scanners.semgrep]\nrules = 'r'\n", "scanners.semgrep.rules: expected a list of strings"),
        ("[[waivers]]\nrule = 'B1'\n", "a waiver needs a reason"),
        ("[[waivers]]\nreason = 'x'\n", "give at least one of fingerprint, rule, path, vuln"),
        ("[[waivers]]\nrule = 'B1'\nreason = 'x'\nexpires = 'soon'\n", "expected a date"),
        ("waivers = {}\n", "waivers: expected an array of tables"),
    ],
)
def test_values_of_the_wrong_kind_are_refused(text: str, needle: str) -> None:
    refused(text, needle)


def test_long_values_are_shortened_in_messages() -> None:
    message = refused(f"paths = '{'x' * 200}'\n", "paths: expected a list of strings")
    assert message.endswith("...") and len(message) < 150


# --------------------------------------------------------------------------- trust


PRIVILEGED = [
    ("[scanners.bandit]\ncommand = ['sh', '-c', 'id']\n", "scanners.bandit.command"),
    ("[scanners.ruff]\nargs = ['--fix']\n", "scanners.ruff.args"),
    ("[scanners.pip-audit]\nargs = ['--fix']\n", "scanners.pip-audit.args"),
    ("cache_dir = 'c'\n", "cache_dir"),
]


@pytest.mark.parametrize(("text", "key"), PRIVILEGED)
def test_a_config_from_the_scanned_tree_cannot_name_programs(text: str, key: str) -> None:
    message = refused(
        text, f"scangate.toml: {key}: a config inside the scanned tree", trusted=False
    )
    assert "--trust-config" in message and "--config" in message
    refused(
        text.replace("[scanners.", "[tool.scangate.scanners.").replace(
            "cache_dir", "[tool.scangate]\ncache_dir"
        ),
        f"tool.scangate.{key}: a config inside",
        name="pyproject.toml",
        trusted=False,
    )
    assert parse(text, trusted=True).trusted  # a trusted config may


def test_an_untrusted_config_may_still_tighten_or_choose_rules() -> None:
    cfg = parse(
        "fail_on_degraded = true\n[quorum]\nsast = 2\n[scanners.semgrep]\nrules = ['r']\n"
        "[scanners.bandit]\ntimeout = 9\n",
        trusted=False,
    )
    assert not cfg.trusted
    assert cfg.settings("semgrep").options == {"rules": (str(BASE / "r"),)}
    assert cfg.settings("bandit").timeout == 9.0


# --------------------------------------------------------------------------- option kinds


def test_scanner_options_follow_their_adapters_kinds() -> None:
    """semgrep `rules` are paths (resolved against the config's folder); pip-audit
    `services` are strings (kept as written); other scanners have no such keys."""
    cfg = parse(
        "[scanners.semgrep]\nrules = ['rules', '/abs/r.yaml', '../up']\n"
        "[scanners.pip-audit]\nservices = ['local', 'http://osv.example/v1/query']\n"
    )
    assert cfg.settings("semgrep").options["rules"] == (
        str(BASE / "rules"),
        "/abs/r.yaml",
        "/up",
    )
    assert cfg.settings("pip-audit").options["services"] == (
        "local",
        "http://osv.example/v1/query",
    )
    assert cfg.settings("bandit").options == {}
    refused("[scanners.ruff]\nservices = ['local']\n", "[scanners.ruff] unknown key 'services'")
    # A plugin's own option kinds come from its adapter's `options`.
    known = {**KNOWN, "tiny": {"dicts": "paths", "tags": "strings"}}
    text = "[scanners.tiny]\ndicts = ['d']\ntags = ['x']\n"
    tiny = loads(text, Origin("s", BASE), "scangate.toml", known).settings("tiny")
    assert tiny.options == {"dicts": (str(BASE / "d"),), "tags": ("x",)}


def test_a_relative_command_is_relative_to_the_config_file() -> None:
    cfg = parse(
        "[scanners.bandit]\ncommand = ['./bin/bandit', '-x']\n"
        "[scanners.ruff]\ncommand = ['ruff']\n[scanners.semgrep]\ncommand = ['/usr/bin/semgrep']\n"
    )
    assert cfg.settings("bandit").command == (str(BASE / "bin" / "bandit"), "-x")
    assert cfg.settings("ruff").command == ("ruff",)  # a name: looked up on PATH
    assert cfg.settings("semgrep").command == ("/usr/bin/semgrep",)


# --------------------------------------------------------------------------- plugins


@dataclass
class FakeEntryPoint:
    """What `registry` reads of an importlib.metadata entry point."""

    name: str
    value: str
    target: object = None

    def load(self) -> object:
        if isinstance(self.target, BaseException):
            raise self.target
        return self.target


class TinyAdapter(Adapter):
    name = "tiny"
    category = Category.SAST
    executable = "tiny"
    tool_name = "tiny"

    def invocations(self, ctx: ScanContext) -> list[Invocation]:
        return []

    def parse(self, ctx: ScanContext, inv: Invocation, result: object) -> Outcome:
        return Outcome()


def registry_with(monkeypatch: pytest.MonkeyPatch, *eps: FakeEntryPoint) -> dict[str, Any]:
    """The registry as it would be with these entry points installed (uncached)."""
    monkeypatch.setattr(adapters_pkg, "entry_points", lambda group: list(eps))
    return adapters_pkg.registry.__wrapped__()


def test_a_plugin_is_added_after_the_builtins(monkeypatch: pytest.MonkeyPatch) -> None:
    found = registry_with(
        monkeypatch,
        FakeEntryPoint("tiny", "tiny.adapter:TinyAdapter", TinyAdapter),
        FakeEntryPoint("bandit", "scangate.adapters.bandit:BanditAdapter", BanditAdapter),
    )
    assert list(found) == ["semgrep", "bandit", "pip-audit", "ruff", "tiny"]
    assert found["tiny"] is TinyAdapter and found["bandit"] is BanditAdapter


class NamedOtherwise(TinyAdapter):
    name = "other-name"


@pytest.mark.parametrize(
    ("ep", "says"),
    [
        (FakeEntryPoint("tiny", "t:NOT", object()), "is not a subclass of scangate's Adapter"),
        (FakeEntryPoint("tiny", "t:f", len), "is not a subclass of scangate's Adapter"),
        (
            FakeEntryPoint("tiny", "t.missing:Nope", ModuleNotFoundError("No module named 't'")),
            "cannot be loaded: ModuleNotFoundError: No module named 't'",
        ),
        (
            FakeEntryPoint("tiny", "t:Boom", RuntimeError("boom")),
            "cannot be loaded: RuntimeError: boom",
        ),
        (
            FakeEntryPoint("bandit", "t:TinyAdapter", TinyAdapter),
            "reuses the name of scanner 'bandit'",
        ),
        (FakeEntryPoint("tiny", "t:NamedOtherwise", NamedOtherwise), "names itself 'other-name'"),
    ],
)
def test_an_invalid_plugin_is_an_error_naming_it(
    monkeypatch: pytest.MonkeyPatch, ep: FakeEntryPoint, says: str
) -> None:
    with pytest.raises(UsageError) as info:
        registry_with(monkeypatch, ep)
    message = str(info.value)
    assert message.startswith(f"scanner plugin {ep.name!r} ({ep.value}) ")
    assert says in message


def test_honour_suppressions_is_read_compared_and_floored() -> None:
    """The key is a boolean; setting it back to true against a base that had false
    weakens the gate; --no-suppressions (the floor) wins over any config."""
    off, on = parse("honour_suppressions = false\n"), parse("honour_suppressions = true\n")
    assert Config().honour_suppressions and on.honour_suppressions
    assert not off.honour_suppressions and "honour_suppressions" in off.explicit
    roles = {"semgrep": Role.PRIMARY}
    (change,) = trust.compare(on, off, roles)
    assert (change.key, change.reference, change.value, change.weakens) == (
        "honour_suppressions", "false", "true", True,
    )  # fmt: skip
    (change,) = trust.compare(off, on, roles)
    assert not change.weakens
    assert trust.enforce(on, (), trust.Floor(no_suppressions=True)).honour_suppressions is False
    assert trust.enforce(on, (), trust.Floor()).honour_suppressions is True
    with pytest.raises(UsageError, match="honour_suppressions: expected true or false"):
        parse('honour_suppressions = "no"\n')
