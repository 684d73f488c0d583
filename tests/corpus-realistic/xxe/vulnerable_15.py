# corpus: cwe=611 label=vulnerable
"""Streaming filter used in the ETL pipeline: `curl ... | python xml_to_ndjson.py`.

Reads an XML export from stdin (pulled from a customer's endpoint) and
prints one JSON object per <record> element.
"""
import json
import sys

from lxml import etree

RECORD_TAG = "record"
KEEP_ATTRS = ("id", "type", "updated")


def record_to_dict(elem):
    out = {k: elem.get(k) for k in KEEP_ATTRS if elem.get(k) is not None}
    for child in elem:
        key = child.tag.split("}")[-1].lower()
        out[key] = (child.text or "").strip()
    return out


def stream_records(source, tag=RECORD_TAG):
    context = etree.iterparse(
        source,
        events=("end",),
        tag=tag,
        load_dtd=True,
        resolve_entities=True,
    )
    for _, elem in context:
        yield record_to_dict(elem)
        elem.clear()
        while elem.getprevious() is not None:
            del elem.getparent()[0]


def main():
    tag = sys.argv[1] if len(sys.argv) > 1 else RECORD_TAG
    count = 0
    for rec in stream_records(sys.stdin.buffer, tag=tag):
        sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
        count += 1
    sys.stderr.write("%d records\n" % count)


if __name__ == "__main__":
    main()
