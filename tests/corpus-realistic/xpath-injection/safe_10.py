# corpus: cwe=643 label=safe
"""Print the shipping options configured for a destination country."""
import sys
import xml.etree.ElementTree as ET

import elementpath

RATES_FILE = "/etc/shop/shipping_rates.xml"
OPTIONS_QUERY = "/rates/zone[country/@code = $code]/option"


def load_rates(path=RATES_FILE):
    return ET.parse(path)


def options_for(tree, country_code):
    nodes = elementpath.select(tree, OPTIONS_QUERY, variables={"code": country_code})
    return [(opt.get("carrier"), opt.findtext("name"), float(opt.findtext("price", "0"))) for opt in nodes]


def print_table(country_code, rows):
    if not rows:
        print(f"no shipping options for {country_code}")
        return
    width = max(len(name or "") for _, name, _ in rows)
    for carrier, name, price in sorted(rows, key=lambda r: r[2]):
        print(f"{carrier:<10} {name or '':<{width}} {price:>8.2f}")


def main(argv):
    if len(argv) != 2:
        print("usage: shipping_options.py COUNTRY_CODE", file=sys.stderr)
        return 2
    country = argv[1].upper()
    print_table(country, options_for(load_rates(), country))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
