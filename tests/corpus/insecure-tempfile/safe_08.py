# corpus: cwe=377 label=safe
import os


def acquire_lock(path="/tmp/batch-import.lock"):
    # O_EXCL: fails if the path already exists (including as a planted symlink)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.write(fd, str(os.getpid()).encode())
    return fd


def release_lock(fd, path="/tmp/batch-import.lock"):
    os.close(fd)
    os.unlink(path)
