# corpus: cwe=94 label=vulnerable
"""Filter rows of a CSV file with a Python condition, e.g. --where "int(age) > 30"."""
import argparse
import csv
import sys


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path")
    parser.add_argument("--where", default="True")
    parser.add_argument("--columns", help="comma separated list of columns to keep")
    parser.add_argument("--delimiter", default=",")
    return parser.parse_args(argv)


def row_filter(condition):
    code = compile(condition, "<where>", "eval")

    def matches(row):
        return bool(eval(code, {}, dict(row)))

    return matches


def select(reader, matches, columns=None):
    for row in reader:
        if matches(row):
            yield {c: row[c] for c in columns} if columns else row


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    columns = [c.strip() for c in args.columns.split(",")] if args.columns else None
    with open(args.path, newline="") as fh:
        reader = csv.DictReader(fh, delimiter=args.delimiter)
        writer = csv.DictWriter(sys.stdout, fieldnames=columns or reader.fieldnames)
        writer.writeheader()
        for row in select(reader, row_filter(args.where), columns):
            writer.writerow(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
