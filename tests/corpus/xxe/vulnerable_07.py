# corpus: cwe=611 label=vulnerable
from lxml import etree


def read_invoice(path):
    parser = etree.XMLParser(dtd_validation=True, no_network=False)
    invoice = etree.parse(path, parser)
    return invoice.findtext("total")


if __name__ == "__main__":
    print(read_invoice("incoming/invoice.xml"))
