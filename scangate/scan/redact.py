"""Redact secret values from everything scangate prints or writes.

Scanner messages and stderr can quote the code they flag; when that code is a
hard-coded credential, the report must not republish it (reports end up in CI
logs, PR comments and SARIF uploads). Patterns are the well-known token shapes
plus `key = "value"` assignments whose name says secret.
"""

from __future__ import annotations

import re

MASK = "[REDACTED]"

_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?(-----END [A-Z ]*PRIVATE KEY-----|$)", re.S),
    re.compile(r"\b(AKIA|ASIA)[0-9A-Z]{16}\b"),  # AWS access key id
    re.compile(r"\bgh[pousr]_[A-Za-z0-9]{30,}\b"),  # GitHub tokens
    re.compile(r"\bgithub_pat_[A-Za-z0-9_]{40,}\b"),
    re.compile(r"\bxox[abposr]-[A-Za-z0-9-]{10,}\b"),  # Slack
    re.compile(r"\bsk_(live|test)_[A-Za-z0-9]{16,}\b"),  # Stripe
    re.compile(r"\bAIza[0-9A-Za-z_-]{35}\b"),  # Google API key
    re.compile(r"\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b"),  # JWT
)

# password = "hunter2", 'api_key': 'abc', token="..." -> keep the name, mask the value.
_ASSIGNMENT = re.compile(
    r"""(?ix)
    (\b[\w.-]*(?:passw(?:or)?d|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credential)[\w.-]*\b
     ['"]?\s*[:=]\s*[rbuRBU]?)
    (['"])([^'"\n]{1,200})\2
    """
)
# bandit: "Possible hardcoded password: 'hunter2'"
_BANDIT = re.compile(r"(hardcoded password: )'([^'\n]*)'", re.I)


def redact(text: str) -> str:
    """The text with every secret it quotes replaced by a marker."""
    if not text:
        return text
    for pat in _PATTERNS:
        text = pat.sub(MASK, text)
    text = _ASSIGNMENT.sub(lambda m: f"{m.group(1)}{m.group(2)}{MASK}{m.group(2)}", text)
    return _BANDIT.sub(lambda m: f"{m.group(1)}'{MASK}'", text)
