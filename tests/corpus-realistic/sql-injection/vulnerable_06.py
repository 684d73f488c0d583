# corpus: cwe=89 label=vulnerable
from django.http import JsonResponse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.cache import never_cache

from inventory.models import StockItem


class WarehouseFilter:
    """Collects the filtering options for the stock list page."""

    def __init__(self, params):
        self.warehouse = params.get("warehouse", "").strip()
        self.min_qty = params.get("min_qty", "0")
        self.sku_prefix = params.get("sku", "")

    def apply(self, queryset):
        queryset = queryset.filter(quantity__gte=int(self.min_qty or 0))
        if self.sku_prefix:
            queryset = queryset.filter(sku__startswith=self.sku_prefix.upper())
        if self.warehouse:
            queryset = queryset.extra(
                where=["warehouse_id IN (SELECT id FROM inventory_warehouse WHERE code = '%s')"
                       % self.warehouse]
            )
        return queryset


@method_decorator(never_cache, name="dispatch")
class StockListView(View):
    http_method_names = ["get"]
    max_results = 200

    def get(self, request):
        filt = WarehouseFilter(request.GET)
        items = filt.apply(StockItem.objects.select_related("warehouse"))
        data = [
            {
                "sku": item.sku,
                "name": item.name,
                "quantity": item.quantity,
                "warehouse": item.warehouse.code,
            }
            for item in items[: self.max_results]
        ]
        return JsonResponse({"items": data})
