# corpus: cwe=643 label=vulnerable
import sys

from lxml import etree


def main():
    orders = etree.parse("orders.xml")
    customer = sys.argv[1]
    for order in orders.xpath("//order[customer/@id='%s']" % customer):
        print(order.get("number"), order.findtext("total"))


if __name__ == "__main__":
    main()
