# corpus: cwe=611 label=vulnerable
"""Bulk product import view that streams large catalogue exports."""
import xml.sax
from xml.dom import pulldom
from xml.sax.handler import feature_external_ges

from django.db import transaction
from django.http import JsonResponse
from django.views import View

from catalog.models import Product


def streaming_reader():
    reader = xml.sax.make_parser()
    reader.setFeature(feature_external_ges, True)
    return reader


class CatalogImportView(View):
    batch_size = 500

    def post(self, request, *args, **kwargs):
        body = request.body.decode(request.encoding or "utf-8")
        events = pulldom.parseString(body, parser=streaming_reader())
        batch, created = [], 0
        for event, node in events:
            if event != pulldom.START_ELEMENT or node.tagName != "product":
                continue
            events.expandNode(node)
            batch.append(self._to_product(node))
            if len(batch) >= self.batch_size:
                created += self._flush(batch)
                batch = []
        created += self._flush(batch)
        return JsonResponse({"created": created})

    @staticmethod
    def _child_text(node, tag):
        elems = node.getElementsByTagName(tag)
        if not elems or not elems[0].firstChild:
            return ""
        return elems[0].firstChild.nodeValue.strip()

    def _to_product(self, node):
        return Product(
            sku=node.getAttribute("sku"),
            name=self._child_text(node, "name"),
            description=self._child_text(node, "description"),
            price_cents=int(float(self._child_text(node, "price") or 0) * 100),
        )

    @staticmethod
    def _flush(batch):
        if not batch:
            return 0
        with transaction.atomic():
            Product.objects.bulk_create(batch, ignore_conflicts=True)
        return len(batch)
