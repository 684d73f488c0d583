# corpus: cwe=90 label=safe
"""Monthly licence report: count active accounts per licensed product group."""
import argparse
import csv
import os
import sys

from ldap3 import Connection, Server

PRODUCT_GROUPS = (
    ("design-suite", "cn=lic-design,ou=licences,dc=corp,dc=example,dc=com"),
    ("office", "cn=lic-office,ou=licences,dc=corp,dc=example,dc=com"),
    ("ide", "cn=lic-ide,ou=licences,dc=corp,dc=example,dc=com"),
)
ACTIVE_USER = ("(objectClass=user)", "(!(userAccountControl:1.2.840.113556.1.4.803:=2))")


def filter_for(group_dn):
    return "(&" + "".join(ACTIVE_USER) + "(memberOf=" + group_dn + "))"


def count_members(conn, base, group_dn):
    entries = conn.extend.standard.paged_search(
        base, filter_for(group_dn), attributes=["sAMAccountName"], paged_size=500, generator=True
    )
    return sum(1 for e in entries if e.get("type") == "searchResEntry")


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="dc=corp,dc=example,dc=com")
    ap.add_argument("--out", type=argparse.FileType("w"), default=sys.stdout)
    args = ap.parse_args(argv)

    server = Server(os.environ.get("AD_HOST", "dc01.corp.example.com"), use_ssl=True)
    with Connection(server, os.environ["AD_USER"], os.environ["AD_PASSWORD"], auto_bind=True) as conn:
        writer = csv.writer(args.out)
        writer.writerow(["product", "active_accounts"])
        for product, group_dn in PRODUCT_GROUPS:
            writer.writerow([product, count_members(conn, args.base, group_dn)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
