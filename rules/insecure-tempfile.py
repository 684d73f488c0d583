# Test cases for rules/insecure-tempfile.yaml (semgrep --test).
import json
import os
import shutil
import tempfile
from pathlib import Path

from flask import Flask, request

app = Flask(__name__)
# ruleid: python-predictable-tmp-path
RATES_CACHE = Path("/tmp/exchange-rates.json")


def export_report(rows):
    # ruleid: python-insecure-mktemp
    path = tempfile.mktemp(suffix=".csv")
    with open(path, "w") as fh:
        fh.writelines(rows)
    return path


def legacy_name():
    # ruleid: python-insecure-mktemp
    return os.tempnam("/var/tmp", "job")


def write_pid():
    # ruleid: python-hardcoded-tmp-path-write, python-predictable-tmp-path
    with open("/tmp/worker.pid", "w") as fh:
        fh.write(str(os.getpid()))


@app.route("/upload", methods=["POST"])
def upload():
    name = request.form["name"]
    # ruleid: python-hardcoded-tmp-path-write, python-predictable-tmp-path
    with open("/tmp/" + name, "wb") as fh:
        fh.write(request.data)
    return "ok"


def cache_state(state):
    # ruleid: python-predictable-tmp-path
    path = os.path.join("/tmp", "app-cache", "state.json")
    # ruleid: python-hardcoded-tmp-path-write
    with open(path, mode="a") as fh:
        json.dump(state, fh)


def save_thumbnail(image, user_id):
    # ruleid: python-hardcoded-tmp-path-write, python-predictable-tmp-path
    Path(f"/tmp/thumb-{user_id}.png").write_bytes(image)


def shared_lock():
    # ruleid: python-predictable-tmp-path
    lock = os.path.join(tempfile.gettempdir(), "app.lock")
    # ruleid: python-hardcoded-tmp-path-write
    fd = os.open(lock, os.O_WRONLY | os.O_CREAT, 0o644)
    return fd


def stage_file(src):
    # ruleid: python-hardcoded-tmp-path-write, python-predictable-tmp-path
    shutil.copy(src, "/var/tmp/staged.bin")


def refresh_rates(rates):
    # ruleid: python-hardcoded-tmp-path-write
    RATES_CACHE.write_text(json.dumps(rates))


# ---- safe variants -------------------------------------------------------


def export_report_safe(rows):
    # ok: python-insecure-mktemp, python-hardcoded-tmp-path-write
    fd, path = tempfile.mkstemp(suffix=".csv")
    with os.fdopen(fd, "w") as fh:
        fh.writelines(rows)
    return path


def upload_safe(data):
    # ok: python-hardcoded-tmp-path-write
    with tempfile.NamedTemporaryFile("wb", dir="/tmp", delete=False) as tmp:
        tmp.write(data)
    return tmp.name


def build_bundle(files):
    with tempfile.TemporaryDirectory() as workdir:
        target = os.path.join(workdir, "bundle.tar")
        # ok: python-hardcoded-tmp-path-write
        with open(target, "wb") as fh:
            fh.write(b"".join(files))


def scratch_dir(name):
    base = tempfile.mkdtemp(prefix="job-")
    # ok: python-hardcoded-tmp-path-write
    Path(base, name).write_text("pending")


def read_status():
    # ok: python-hardcoded-tmp-path-write
    with open("/tmp/status.txt") as fh:
        return fh.read()


def exclusive_pid():
    # ok: python-hardcoded-tmp-path-write
    fd = os.open("/tmp/worker.pid", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    return fd


def spool(data):
    # ok: python-insecure-mktemp, python-hardcoded-tmp-path-write
    fd, path = tempfile.mkstemp(dir="/tmp")
    with open(path, "w") as fh:
        fh.write(data)
    os.close(fd)


def cached_rates():
    # ok: python-hardcoded-tmp-path-write
    with RATES_CACHE.open() as fh:
        return json.load(fh)


# ---- rule pack v2: predictable names in shared temporary folders -----------

LOCK_DIR = "/tmp"


def export_path(kind, owner_id):
    # ruleid: python-predictable-tmp-path
    return "/tmp/%s_%s_export.csv" % (kind, owner_id)


def user_cache(user):
    # ruleid: python-predictable-tmp-path
    return "/var/tmp/" + user + "-cache.json"


def lock_file(job):
    # ruleid: python-predictable-tmp-path
    return os.path.join(LOCK_DIR, f"{job}.lock")


def scratch_file():
    # ok: python-predictable-tmp-path
    fd, path = tempfile.mkstemp(dir="/tmp", prefix="scratch-")
    return fd, path


SHARED_ROOTS = ("/tmp/", "/var/tmp/")


def in_shared_folder(path):
    # ok: python-predictable-tmp-path
    return path.startswith(SHARED_ROOTS)
