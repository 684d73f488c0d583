# corpus: cwe=89 label=safe
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .models import Invoice

DEFAULT_STATUS = "open"
PAGE_SIZE = 25

OVERDUE_SQL = (
    "SELECT id, number, customer_name, total, status, issued_on "
    "FROM billing_invoice WHERE status = %s AND due_on < CURRENT_DATE - %s "
    "ORDER BY due_on"
)


def _invoice_to_dict(invoice):
    return {
        "number": invoice.number,
        "customer": invoice.customer_name,
        "total": str(invoice.total),
        "status": invoice.status,
        "issued": invoice.issued_on.isoformat(),
    }


@login_required
@require_GET
def invoice_search(request):
    status = request.GET.get("status", DEFAULT_STATUS).lower()
    customer = request.GET.get("customer", "")
    qs = Invoice.objects.filter(status=status)
    if customer:
        qs = qs.filter(customer_name__icontains=customer)
    page = Paginator(qs.order_by("-issued_on"), PAGE_SIZE).get_page(request.GET.get("page", 1))
    return JsonResponse({"results": [_invoice_to_dict(i) for i in page.object_list]})


@login_required
@require_GET
def overdue(request):
    status = request.GET.get("status", DEFAULT_STATUS)
    grace_days = int(request.GET.get("grace", "0"))
    invoices = Invoice.objects.raw(OVERDUE_SQL, [status, grace_days])
    return JsonResponse({"results": [_invoice_to_dict(i) for i in invoices]})
