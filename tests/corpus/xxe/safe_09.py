# corpus: cwe=611 label=safe
from lxml import etree

TEMPLATE = b"<report><title>Monthly</title><rows/></report>"


def new_report(title):
    report = etree.fromstring(TEMPLATE)
    report.find("title").text = title
    return etree.tostring(report)


if __name__ == "__main__":
    print(new_report("June"))
