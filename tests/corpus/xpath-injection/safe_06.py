# corpus: cwe=643 label=safe
import sys

from lxml import etree


def find_orders(customer):
    orders = etree.parse("orders.xml")
    return orders.xpath("//order[customer/@id=$cid]", cid=customer)


if __name__ == "__main__":
    for order in find_orders(sys.argv[1]):
        print(order.get("number"))
