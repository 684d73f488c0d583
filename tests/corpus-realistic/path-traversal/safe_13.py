# corpus: cwe=22 label=safe
"""Worker that installs plugin bundles announced on the release queue."""
import json
import logging
import os
import tarfile
import tempfile
import urllib.request

log = logging.getLogger("plugin-installer")

PLUGIN_HOME = os.path.realpath(os.environ.get("PLUGIN_HOME", "/opt/app/plugins"))
MIRROR = "https://plugins.example.com/bundles/"


class UnsafeArchive(Exception):
    pass


def download_bundle(bundle_name):
    url = MIRROR + bundle_name.split("/")[-1]
    fd, local = tempfile.mkstemp(suffix=".tar.gz")
    with os.fdopen(fd, "wb") as out, urllib.request.urlopen(url, timeout=30) as resp:
        out.write(resp.read())
    return local


def checked_members(tar, target):
    for member in tar.getmembers():
        if not (member.isfile() or member.isdir()):
            raise UnsafeArchive("links and devices are not allowed: %s" % member.name)
        dest = os.path.realpath(os.path.join(target, member.name))
        if os.path.commonpath([dest, target]) != target:
            raise UnsafeArchive("member escapes plugin dir: %s" % member.name)
        yield member


def install_bundle(archive_path, plugin_name):
    target = os.path.join(PLUGIN_HOME, plugin_name.replace("/", "_").replace("..", "_"))
    os.makedirs(target, exist_ok=True)
    target = os.path.realpath(target)
    with tarfile.open(archive_path, "r:gz") as tar:
        members = list(checked_members(tar, target))
        tar.extractall(target, members=members)
    return target


def handle_message(raw):
    message = json.loads(raw)
    local = download_bundle(message["bundle"])
    try:
        installed_to = install_bundle(local, message["plugin"])
        log.info("installed %s into %s", message["plugin"], installed_to)
    finally:
        os.unlink(local)


def run(consumer):
    for record in consumer:
        try:
            handle_message(record.value)
        except Exception:
            log.exception("could not install plugin from %r", record.value)
