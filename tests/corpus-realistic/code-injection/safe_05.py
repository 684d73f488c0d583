# corpus: cwe=94 label=safe
"""Print a table of unit conversion factors used by the billing exporter."""
import argparse
import sys

BASE_UNITS = ("1", "1000", "1000 ** 2", "1000 ** 3", "1000 ** 4")
NAMES = ("B", "KB", "MB", "GB", "TB")


def factor_table():
    table = {}
    for name, expr in zip(NAMES, BASE_UNITS):
        table[name] = eval(expr)
    return table


def binary_table():
    exprs = ["2 ** %d" % (10 * i) for i in range(len(NAMES))]
    return {name.replace("B", "iB") if name != "B" else name: eval(e) for name, e in zip(NAMES, exprs)}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--binary", action="store_true", help="use powers of 1024")
    parser.add_argument("--unit", choices=NAMES, help="show a single unit")
    args = parser.parse_args(argv)

    table = binary_table() if args.binary else factor_table()
    for name, factor in table.items():
        if args.unit and not name.startswith(args.unit[0]):
            continue
        print(f"{name:>4} = {factor:>16,d} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
