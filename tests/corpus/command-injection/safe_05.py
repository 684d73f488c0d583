# corpus: cwe=78 label=safe
"""Show the last N lines of the application log."""
import os
import sys


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    os.system("tail -n %d /var/log/app/app.log" % count)


if __name__ == "__main__":
    main()
