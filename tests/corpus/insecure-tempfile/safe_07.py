# corpus: cwe=377 label=safe
import subprocess
import tempfile


def run_job(argv):
    with tempfile.TemporaryFile() as out:
        subprocess.run(argv, stdout=out, check=False)
        out.seek(0)
        return out.read().decode()
