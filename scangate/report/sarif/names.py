"""The names scangate gives its parts of a SARIF log, shared by writing and reading."""

from __future__ import annotations

from urllib.parse import quote, unquote

SRCROOT = "%SRCROOT%"  # the uriBaseId of every artifact: the repository root
FINGERPRINT_KEY = "scangate/v1"  # partialFingerprints key (scangate.scan.fingerprint)
LINE_HASH_KEY = "scangate/lineHash"  # result property: the baseline's second key
PREFIX_KEY = "scangate/uriPrefix"  # log property: the scan root inside the repository
TARGETS_KEY = "scangate/targets"  # log property: every target, by category
SHARD_KEY = "scangate/shard"  # log property: K/N, run id, digest of all targets
COVERAGE_KEY = "scangate/coverage"  # run property: requested, examined, missed


def uri(prefix: str, path: str) -> str:
    """A repository-relative artifact URI, percent-encoded as RFC 3986 wants (a space,
    '#' or '%' in a file name would otherwise break it)."""
    return quote(prefix + path, safe="/")


def path_of(uri_text: str, prefix: str) -> str:
    """The root-relative path of an artifact URI written by `uri` (decoded, prefix off)."""
    path = unquote(uri_text)
    return path[len(prefix) :] if prefix and path.startswith(prefix) else path
