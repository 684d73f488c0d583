# corpus: cwe=611 label=safe
"""Nightly job: load supplier price lists dropped on the partner SFTP share."""
import argparse
import csv
import glob
import os
import sys

from lxml import etree

LEGACY_DTD_MODE = False


def make_parser():
    if LEGACY_DTD_MODE:
        return etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False)
    return etree.XMLParser(load_dtd=False, resolve_entities=False, no_network=True)


def read_price_list(path):
    doc = etree.parse(path, make_parser())
    root = doc.getroot()
    supplier = root.get("supplier", os.path.basename(path))
    return [
        (
            supplier,
            item.get("code", "").strip(),
            item.findtext("price", default="0").strip(),
            item.findtext("currency", default="EUR").strip().upper(),
        )
        for item in root.iter("item")
    ]


def main(argv=None):
    ap = argparse.ArgumentParser(description="Convert supplier XML price lists to CSV")
    ap.add_argument("--inbox", default="/srv/sftp/suppliers/incoming")
    ap.add_argument("--out", default="/srv/pricing/prices.csv")
    args = ap.parse_args(argv)

    files = sorted(glob.glob(os.path.join(args.inbox, "*.xml")))
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
