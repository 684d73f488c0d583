# corpus: cwe=502 label=vulnerable
"""Load plugin manifests dropped into the plugins directory."""
import pathlib

import yaml

PLUGIN_DIR = pathlib.Path("/etc/app/plugins")


def load_manifests():
    manifests = {}
    for path in PLUGIN_DIR.glob("*.yml"):
        with path.open() as fh:
            manifests[path.stem] = yaml.unsafe_load(fh)
    return manifests
