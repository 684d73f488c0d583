# corpus: cwe=643 label=safe
"""CGI endpoint that returns a staff member's phone extension."""
import json
import os
import sys
from urllib.parse import parse_qs

from lxml import etree

DIRECTORY = "/var/www/data/directory.xml"
BY_SURNAME = etree.XPath("//person[surname=$last]")
BY_SURNAME_AND_DEPT = etree.XPath("//person[surname=$last][department=$dept]")


def query_params():
    return {k: v[0] for k, v in parse_qs(os.environ.get("QUERY_STRING", "")).items()}


def lookup(tree, params):
    last = params.get("last", "")
    dept = params.get("dept", "")
    people = BY_SURNAME_AND_DEPT(tree, last=last, dept=dept) if dept else BY_SURNAME(tree, last=last)
    return [
        {"name": p.findtext("givenname") + " " + p.findtext("surname"), "ext": p.findtext("extension")}
        for p in people
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
