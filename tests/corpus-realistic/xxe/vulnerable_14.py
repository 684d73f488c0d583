# corpus: cwe=611 label=vulnerable
"""AWS Lambda / SQS worker that indexes customer-submitted XBRL filings."""
import json
import logging
import xml.sax
from xml.dom import minidom
from xml.sax.handler import feature_external_ges, feature_external_pes

logger = logging.getLogger()
logger.setLevel(logging.INFO)

CONTEXT_TAGS = ("xbrli:context", "context")


def make_reader(follow_refs=True):
    reader = xml.sax.make_parser()
    reader.setFeature(feature_external_ges, follow_refs)
    reader.setFeature(feature_external_pes, follow_refs)
    return reader


def facts_from(document):
    facts = []
    for node in document.documentElement.childNodes:
        if node.nodeType != node.ELEMENT_NODE or node.tagName in CONTEXT_TAGS:
            continue
        value = node.firstChild.nodeValue.strip() if node.firstChild else ""
        facts.append(
            {
                "concept": node.tagName,
                "context": node.getAttribute("contextRef"),
                "value": value,
            }
        )
    return facts


def handle_record(record):
    message = json.loads(record["body"])
    filing_xml = message["filing"]
    doc = minidom.parseString(filing_xml, parser=make_reader())
    facts = facts_from(doc)
    logger.info("filing %s: %d facts", message.get("filingId"), len(facts))
    return {"filingId": message.get("filingId"), "facts": facts}


def handler(event, context):
    results, failures = [], []
    for record in event.get("Records", []):
        try:
            results.append(handle_record(record))
        except Exception:
            logger.exception("failed to index record %s", record.get("messageId"))
            failures.append({"itemIdentifier": record.get("messageId")})
    return {"batchItemFailures": failures, "indexed": len(results)}
