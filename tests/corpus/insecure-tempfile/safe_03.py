# corpus: cwe=377 label=safe
import os
import tarfile
import tempfile


def build_bundle(files):
    with tempfile.TemporaryDirectory(prefix="bundle-") as workdir:
        archive = os.path.join(workdir, "bundle.tar.gz")
        with tarfile.open(archive, "w:gz") as tar:
            for name in files:
                tar.add(name)
        with open(archive, "rb") as fh:
            return fh.read()
