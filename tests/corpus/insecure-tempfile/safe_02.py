# corpus: cwe=377 label=safe
import json
import os
import tempfile


def write_report(summary):
    fd, path = tempfile.mkstemp(prefix="nightly-", suffix=".json")
    with os.fdopen(fd, "w") as fh:
        json.dump(summary, fh)
    return path
