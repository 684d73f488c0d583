# corpus: cwe=643 label=vulnerable
"""CGI endpoint that returns a staff member's phone extension."""
import json
import os
import sys
from urllib.parse import parse_qs

from lxml import etree

DIRECTORY = "/var/www/data/directory.xml"


def query_params():
    return {k: v[0] for k, v in parse_qs(os.environ.get("QUERY_STRING", "")).items()}


def lookup(tree, params):
    last = params.get("last", "")
    dept = params.get("dept", "")
    expr = "//person[surname='{0}']".format(last)
    if dept:
        expr += "[department='{0}']".format(dept)
    return [
        {"name": p.findtext("givenname") + " " + p.findtext("surname"), "ext": p.findtext("extension")}
        for p in tree.xpath(expr)
    ]


def respond(status, body):
    sys.stdout.write(f"Status: {status}\r\nContent-Type: application/json\r\n\r\n")
    sys.stdout.write(json.dumps(body))


def main():
    params = query_params()
    if not params.get("last"):
        respond("400 Bad Request", {"error": "last name required"})
        return
    respond("200 OK", {"results": lookup(etree.parse(DIRECTORY), params)})


if __name__ == "__main__":
    main()
