# corpus: cwe=611 label=vulnerable
"""Nightly job: load supplier price lists dropped on the partner SFTP share."""
import argparse
import csv
import glob
import os
import sys

from lxml import etree


def build_parser():
    ap = argparse.ArgumentParser(description="Convert supplier XML price lists to CSV")
    ap.add_argument("--inbox", default="/srv/sftp/suppliers/incoming")
    ap.add_argument("--out", default="/srv/pricing/prices.csv")
    ap.add_argument("--pattern", default="*.xml")
    return ap


def read_price_list(path):
    parser = etree.XMLParser(load_dtd=True, no_network=False, resolve_entities=True)
    doc = etree.parse(path, parser)
    supplier = doc.getroot().get("supplier", os.path.basename(path))
    rows = []
    for item in doc.getroot().iter("item"):
        rows.append(
            (
                supplier,
                item.get("code", "").strip(),
                item.findtext("price", default="0").strip(),
                item.findtext("currency", default="EUR").strip().upper(),
            )
        )
    return rows


def main(argv=None):
    args = build_parser().parse_args(argv)
    files = sorted(glob.glob(os.path.join(args.inbox, args.pattern)))
    if not files:
        print("nothing to do", file=sys.stderr)
        return 0

    written = 0
    with open(args.out, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["supplier", "code", "price", "currency"])
        for path in files:
            try:
                rows = read_price_list(path)
            except etree.XMLSyntaxError as exc:
                print(f"skipping {path}: {exc}", file=sys.stderr)
                continue
            writer.writerows(rows)
            written += len(rows)
    print(f"wrote {written} prices from {len(files)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
