"""CWE normalization and the CWE families used to correlate scanners.

Scanners tag the same weakness differently: bandit tags md5/sha1 as CWE-327
(broken crypto) where semgrep rules say CWE-328 (weak hash), and eval/exec as
CWE-78 (OS command injection) where it is code injection (CWE-94). Agreement
between scanners means something only after both are mapped to one vocabulary.

A finding's CWEs keep the order its rule declares them: the first is the primary
one (SARIF tags and properties, JSON and the reports show it first).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

# bandit test id -> the CWE its check is really about, where bandit's own tag is
# coarse or wrong. ruff's flake8-bandit codes share the numbers (S307 == B307),
# so the same table serves both. Documented in the README ("CWE normalization").
BANDIT_CWE: dict[str, tuple[int, ...]] = {
    "B102": (94, 95),  # exec_used: code injection (94 first), bandit says 78
    "B105": (798,),  # hardcoded_password_string: bandit says 259 (a child of 798)
    "B106": (798,),
    "B107": (798,),
    "B108": (377,),  # hardcoded_tmp_directory
    "B201": (489,),  # flask_debug_true: active debug code, bandit says 94
    "B301": (502,),  # pickle
    "B302": (502,),  # marshal
    "B303": (328,),  # md5/sha1 (old check): weak hash, bandit says 327
    "B304": (327,),  # insecure cipher
    "B305": (327,),  # insecure cipher mode
    "B306": (377,),  # tempfile.mktemp: insecure temporary file
    "B307": (94, 95),  # eval: code injection (94 first), bandit says 78
    "B311": (330,),  # random
    "B313": (611,),
    "B314": (611,),
    "B315": (611,),
    "B316": (611,),
    "B317": (611,),
    "B318": (611,),
    "B319": (611,),
    "B320": (611,),
    "B323": (295,),  # ssl._create_unverified_context
    "B324": (328,),  # hashlib md5/sha1: weak hash, bandit says 327
    "B403": (502,),  # import pickle
    "B413": (327,),  # pycrypto
    "B501": (295,),
    "B502": (327,),  # ssl_with_bad_version: a broken protocol (bandit's own tag, 327)
    "B503": (327,),  # ssl_with_bad_defaults
    "B504": (327,),  # ssl_with_no_version
    "B505": (326,),  # weak cryptographic key size
    "B506": (502,),  # yaml.load
    "B507": (295,),  # paramiko AutoAddPolicy: no SSH host key verification
    "B602": (78,),
    "B603": (78,),
    "B604": (78,),
    "B605": (78,),
    "B606": (78,),
    "B607": (78,),
    "B608": (89,),
    "B609": (78,),
    "B610": (89,),
    "B611": (89,),
    "B614": (502,),  # torch.load: pickle underneath
    "B701": (79,),
    "B702": (79,),
    "B703": (79,),
    "B308": (79,),
}

# Weaknesses that different scanners report under neighbouring ids, by name.
NAMED_FAMILIES: tuple[tuple[str, frozenset[int]], ...] = (
    ("command injection", frozenset({77, 78, 88})),
    ("code injection", frozenset({94, 95, 96})),
    ("SQL injection", frozenset({89, 564})),
    ("weak crypto", frozenset({326, 327, 328, 916})),
    ("unsafe deserialization", frozenset({502})),
    ("path traversal", frozenset({22, 23, 36, 73})),
    ("cross-site scripting", frozenset({79, 80, 83})),
    ("XML external entities", frozenset({611, 776, 827})),
    ("certificate validation", frozenset({295, 297})),
    ("hard-coded credentials", frozenset({259, 321, 798})),
    ("weak randomness", frozenset({330, 338})),
    ("insecure temporary files", frozenset({377, 378, 379})),
    ("SSRF", frozenset({918})),
    ("open redirect", frozenset({601})),
    ("debug code", frozenset({215, 489})),
    ("LDAP injection", frozenset({90})),
    ("XPath injection", frozenset({643})),
    ("cookie flags", frozenset({614, 1004})),
    ("trust boundary", frozenset({501})),
)
FAMILIES: tuple[frozenset[int], ...] = tuple(fam for _, fam in NAMED_FAMILIES)
_NAME_OF: dict[frozenset[int], str] = {fam: name for name, fam in NAMED_FAMILIES}


def family_name(fam: frozenset[int]) -> str:
    """`open redirect (CWE-601)`; a CWE outside the table is named by its id."""
    ids = "/".join(f"CWE-{c}" for c in sorted(fam))
    name = _NAME_OF.get(fam)
    return f"{name} ({ids})" if name else ids


def classified(fam: frozenset[int]) -> bool:
    """Whether a family is one of the weakness classes scangate's rules target."""
    return fam in _NAME_OF


_CWE_RE = re.compile(r"CWE-(\d+)", re.IGNORECASE)


def parse_cwes(values: Iterable[object]) -> tuple[int, ...]:
    """CWE ids from strings like "CWE-78: OS Command Injection" or bare ints, in the
    order given (the first is the primary CWE), each once."""
    out: dict[int, None] = {}
    for value in values:
        if isinstance(value, bool):
            continue
        if isinstance(value, int):
            out[value] = None
        elif isinstance(value, str):
            for m in _CWE_RE.findall(value):
                out[int(m)] = None
    return tuple(out)


def normalize_bandit(test_id: str, tagged: tuple[int, ...]) -> tuple[int, ...]:
    """The CWE of a bandit (B###) or ruff (S###) check, normalized."""
    key = "B" + test_id[1:] if test_id[:1] in ("B", "S") else test_id
    return BANDIT_CWE.get(key, tagged)


_FAMILY_OF: dict[int, frozenset[int]] = {c: fam for fam in FAMILIES for c in fam}


def family(cwe: int) -> frozenset[int]:
    """The family of a CWE id (itself alone when it has none)."""
    return _FAMILY_OF.get(cwe) or frozenset({cwe})


@functools.lru_cache(maxsize=1024)
def families(cwes: tuple[int, ...]) -> frozenset[frozenset[int]]:
    """The families of a CWE set: two sets describe the same kind of weakness when
    their families intersect (see scangate.decide.correlate).

    Cached: a scan has few distinct CWE tuples, and equal tuples then share one
    result object, which lets correlation test `is` before intersecting."""
    return frozenset(family(c) for c in cwes)
