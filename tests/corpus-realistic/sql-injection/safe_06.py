# corpus: cwe=89 label=safe
from django.http import JsonResponse
from django.views.generic import ListView

from inventory.models import StockItem

ORDERINGS = {
    "name": "name",
    "-name": "-name",
    "qty": "quantity",
    "-qty": "-quantity",
    "updated": "-updated_at",
}


class StockListView(ListView):
    model = StockItem
    paginate_by = 50
    default_ordering = "name"

    def get_ordering(self):
        requested = self.request.GET.get("sort", self.default_ordering)
        return ORDERINGS.get(requested, ORDERINGS[self.default_ordering])

    def get_queryset(self):
        qs = super().get_queryset().select_related("warehouse")
        params = self.request.GET
        warehouse = params.get("warehouse", "").strip()
        if warehouse:
            qs = qs.filter(warehouse__code=warehouse)
        sku = params.get("sku")
        if sku:
            qs = qs.filter(sku__istartswith=sku)
        if params.get("low_stock") == "1":
            qs = qs.extra(where=["quantity < reorder_level"])
        return qs

    def render_to_response(self, context, **response_kwargs):
        items = [
            {
                "sku": item.sku,
                "name": item.name,
                "quantity": item.quantity,
                "warehouse": item.warehouse.code,
            }
            for item in context["object_list"]
        ]
        return JsonResponse({"items": items, "ordering": self.get_ordering()}, **response_kwargs)
