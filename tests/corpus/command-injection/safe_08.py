# corpus: cwe=78 label=safe
"""Deploy helper: unpack a release archive without a shell."""
import shutil
import sys


def main():
    archive = sys.argv[1]
    shutil.unpack_archive(archive, "/opt/app/releases", format="gztar")
    print("unpacked", archive)


if __name__ == "__main__":
    main()
