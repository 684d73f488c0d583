# corpus: cwe=643 label=vulnerable
import xml.etree.ElementTree as ET
from pathlib import Path

from django.conf import settings
from django.http import Http404, JsonResponse
from django.views.decorators.http import require_GET

FEED_PATH = Path(getattr(settings, "SUPPLIER_FEED", "/srv/feeds/supplier.xml"))


class SupplierFeed:
    def __init__(self, path=FEED_PATH):
        self.root = ET.parse(path).getroot()

    def product(self, sku):
        return self.root.find(f".//product[@sku='{sku}']")

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
    if not sku:
        raise Http404("no sku")
    feed = SupplierFeed()
    el = feed.product(sku)
    if el is None:
        raise Http404("unknown sku")
    return JsonResponse(SupplierFeed.describe(el))
