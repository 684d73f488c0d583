# corpus: cwe=918 label=safe
"""Command-line helper that looks up package release dates on PyPI."""
import argparse
import json
import sys
from urllib.parse import quote
from urllib.request import urlopen

PYPI_JSON = "https://pypi.org/pypi/{}/json"


def fetch_release_info(package):
    url = PYPI_JSON.format(quote(package.strip().lower(), safe=""))
    with urlopen(url, timeout=10) as resp:
        return json.load(resp)


def release_dates(info, limit):
    rows = []
    for version, files in info.get("releases", {}).items():
        if files:
            rows.append((files[0]["upload_time"][:10], version))
    return sorted(rows, reverse=True)[:limit]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("package")
    parser.add_argument("-n", "--limit", type=int, default=10)
    args = parser.parse_args(argv)
    try:
        info = fetch_release_info(args.package)
    except OSError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for date, version in release_dates(info, args.limit):
        print(f"{date}  {version}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
