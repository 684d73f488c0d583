# corpus: cwe=377 label=vulnerable
"""Worker entry point; writes its pid so the supervisor can find it."""
import os
import time


def main():
    with open("/tmp/thumbnailer.pid", "w") as fh:
        fh.write(str(os.getpid()))
    while True:
        time.sleep(5)


if __name__ == "__main__":
    main()
