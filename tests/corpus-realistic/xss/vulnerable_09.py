# corpus: cwe=79 label=vulnerable
"""Admin widgets for showing order status badges."""
from django.contrib import admin
from django.utils.html import format_html
from django.views.generic import DetailView

from .models import Order

STATUS_COLOURS = {
    "pending": "#f0ad4e",
    "paid": "#5cb85c",
    "refunded": "#5bc0de",
    "cancelled": "#d9534f",
}


def status_badge(status, note=""):
    colour = STATUS_COLOURS.get(status, "#777")
    label = status.replace("_", " ").title()
    if note:
        label = f"{label} ({note})"
    return format_html(f'<span class="badge" style="background:{colour}">{label}</span>')


@admin.register(Order)
class OrderAdmin(admin.ModelAdmin):
    list_display = ("reference", "customer_email", "badge")
    search_fields = ("reference", "customer_email")

    @admin.display(description="Status")
    def badge(self, obj):
        return status_badge(obj.status, obj.customer_note)


class OrderDetailView(DetailView):
    model = Order
    template_name = "orders/detail.html"
    slug_field = "reference"
    slug_url_kwarg = "reference"

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        order = ctx["object"]
        ctx["badge"] = status_badge(order.status, order.customer_note)
        ctx["line_count"] = order.lines.count()
        return ctx
