# corpus: cwe=643 label=safe
import xml.etree.ElementTree as ET
from pathlib import Path

from django.conf import settings
from django.http import Http404, JsonResponse
from django.views.decorators.http import require_GET

FEED_PATH = Path(getattr(settings, "SUPPLIER_FEED", "/srv/feeds/supplier.xml"))


class SupplierFeed:
    def __init__(self, path=FEED_PATH):
        self.root = ET.parse(path).getroot()
        self._by_sku = {el.get("sku"): el for el in self.root.iterfind(".//product[@sku]")}

    def product(self, sku):
        return self._by_sku.get(sku)

    def in_stock(self):
        return [el for el in self.root.findall(".//product") if int(el.findtext("stock", "0")) > 0]

    @staticmethod
    def describe(el):
        return {
            "sku": el.get("sku"),
            "name": el.findtext("name", ""),
            "price": float(el.findtext("price", "0")),
            "stock": int(el.findtext("stock", "0")),
        }


@require_GET
def supplier_product(request):
    sku = request.GET.get("sku", "").upper()
    feed = SupplierFeed()
    el = feed.product(sku)
    if el is None:
        raise Http404("unknown sku")
    return JsonResponse(SupplierFeed.describe(el))


@require_GET
def supplier_in_stock(request):
    return JsonResponse({"products": [SupplierFeed.describe(el) for el in SupplierFeed().in_stock()]})
