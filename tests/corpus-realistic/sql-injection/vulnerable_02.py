# corpus: cwe=89 label=vulnerable
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .models import Invoice

DEFAULT_STATUS = "open"
PAGE_SIZE = 25


def _invoice_to_dict(invoice):
    return {
        "number": invoice.number,
        "customer": invoice.customer_name,
        "total": str(invoice.total),
        "status": invoice.status,
        "issued": invoice.issued_on.isoformat(),
    }


def _build_invoice_query(status, customer):
    sql = (
        "SELECT id, number, customer_name, total, status, issued_on "
        "FROM billing_invoice WHERE status = '%s'" % status
    )
    if customer:
        sql += " AND customer_name LIKE '%%%s%%'" % customer
    return sql + " ORDER BY issued_on DESC"


@login_required
@require_GET
def invoice_search(request):
    status = request.GET.get("status", DEFAULT_STATUS).lower()
    customer = request.GET.get("customer", "")
    page_number = request.GET.get("page", 1)

    raw_qs = Invoice.objects.raw(_build_invoice_query(status, customer))
    paginator = Paginator(list(raw_qs), PAGE_SIZE)
    page = paginator.get_page(page_number)

    return JsonResponse(
        {
            "results": [_invoice_to_dict(i) for i in page.object_list],
            "page": page.number,
            "pages": paginator.num_pages,
        }
    )
