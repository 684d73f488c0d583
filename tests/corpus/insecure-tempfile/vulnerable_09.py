# corpus: cwe=377 label=vulnerable
import os


def acquire_lock(name="batch-import"):
    path = "/tmp/%s.lock" % name
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.write(fd, str(os.getpid()).encode())
    return fd


def release_lock(fd):
    os.close(fd)
