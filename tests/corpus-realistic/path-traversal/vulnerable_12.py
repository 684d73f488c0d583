# corpus: cwe=22 label=vulnerable
"""Worker that installs plugin bundles announced on the release queue."""
import json
import logging
import os
import tarfile
import tempfile
import urllib.request

log = logging.getLogger("plugin-installer")

PLUGIN_HOME = os.environ.get("PLUGIN_HOME", "/opt/app/plugins")
MIRROR = "https://plugins.example.com/bundles/"


def download_bundle(bundle_name):
    url = MIRROR + bundle_name.split("/")[-1]
    fd, local = tempfile.mkstemp(suffix=".tar.gz")
    with os.fdopen(fd, "wb") as out, urllib.request.urlopen(url, timeout=30) as resp:
        out.write(resp.read())
    return local


def install_bundle(archive_path, plugin_name):
    target = os.path.join(PLUGIN_HOME, plugin_name.replace("/", "_"))
    os.makedirs(target, exist_ok=True)
    with tarfile.open(archive_path, "r:gz") as tar:
        tar.extractall(target)
    return target


def handle_message(raw):
    message = json.loads(raw)
    plugin = message["plugin"]
    bundle = message["bundle"]
    local = download_bundle(bundle)
    try:
        installed_to = install_bundle(local, plugin)
        log.info("installed %s into %s", plugin, installed_to)
    finally:
        os.unlink(local)


def run(consumer):
    for record in consumer:
        try:
            handle_message(record.value)
        except Exception:
            log.exception("could not install plugin from %r", record.value)
