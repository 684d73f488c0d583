# corpus: cwe=377 label=safe
"""Small persistence helpers shared by the sync daemon."""
import json
import os
import tempfile
from contextlib import contextmanager

TMP_SUFFIX = ".tmp"
TMP_PREFIX = ".sync-"


@contextmanager
def atomic_writer(target, mode="w", encoding="utf-8"):
    directory = os.path.dirname(os.path.abspath(target))
    fd, tmp_path = tempfile.mkstemp(prefix=TMP_PREFIX, suffix=TMP_SUFFIX, dir=directory)
    try:
        with os.fdopen(fd, mode, encoding=encoding if "b" not in mode else None) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_path, target)
    except BaseException:
        if os.path.exists(tmp_path):
            os.unlink(tmp_path)
        raise


def save_json(target, data):
    with atomic_writer(target) as fh:
        json.dump(data, fh, indent=2, sort_keys=True)


def load_json(target, default=None):
    try:
        with open(target, encoding="utf-8") as fh:
            return json.load(fh)
    except FileNotFoundError:
        return default


def cleanup_leftovers(directory):
    removed = 0
    for name in os.listdir(directory):
        if name.startswith(TMP_PREFIX) and name.endswith(TMP_SUFFIX):
            os.unlink(os.path.join(directory, name))
            removed += 1
    return removed


class Checkpoint:
    def __init__(self, state_dir, name="checkpoint.json"):
        self.path = os.path.join(state_dir, name)

    def load(self):
        return load_json(self.path, default={"cursor": None, "synced": 0})

    def store(self, cursor, synced):
        save_json(self.path, {"cursor": cursor, "synced": synced})
