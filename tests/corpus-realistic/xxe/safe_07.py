# corpus: cwe=611 label=safe
"""Bulk product import view for catalogue exports (Django CBV)."""
from django.db import transaction
from django.http import JsonResponse
from django.views import View
from lxml import etree

from catalog.models import Product

HARDENED = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    remove_comments=True,
)


class CatalogImportView(View):
    batch_size = 500
    parser = HARDENED

    def post(self, request, *args, **kwargs):
        try:
            root = etree.fromstring(request.body, parser=self.parser)
        except etree.XMLSyntaxError as exc:
            return JsonResponse({"error": str(exc)}, status=400)

        created, batch = 0, []
        for node in root.iter("product"):
            batch.append(self._to_product(node))
            if len(batch) >= self.batch_size:
                created += self._flush(batch)
                batch = []
        created += self._flush(batch)
        return JsonResponse({"created": created})

    @staticmethod
    def _to_product(node):
        price = node.findtext("price", default="0").strip() or "0"
        return Product(
            sku=node.get("sku", ""),
            name=node.findtext("name", default="").strip(),
            description=node.findtext("description", default="").strip(),
            price_cents=int(round(float(price) * 100)),
        )

    @staticmethod
    def _flush(batch):
        if not batch:
            return 0
        with transaction.atomic():
            Product.objects.bulk_create(batch, ignore_conflicts=True)
        return len(batch)
