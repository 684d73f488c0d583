# corpus: cwe=22 label=vulnerable
import sys
import zipfile


def pack(paths, out):
    with zipfile.ZipFile(out, "w") as zf:
        for p in paths:
            with open(p, "rb") as fh:
                zf.writestr(p, fh.read())


if __name__ == "__main__":
    destination = sys.argv[1]
    with open(destination, "w") as report:
        report.write("packing started\n")
    pack(sys.argv[2:], destination + ".zip")
