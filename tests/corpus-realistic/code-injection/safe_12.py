# corpus: cwe=94 label=safe
from operator import itemgetter

from django.core.paginator import Paginator
from django.views.generic import TemplateView

from crm.models import Contact

SORT_KEYS = {
    "first_name": itemgetter("first_name"),
    "last_name": itemgetter("last_name", "first_name"),
    "company": itemgetter("company", "last_name"),
    "score": itemgetter("score"),
}
DEFAULT_SORT = "last_name"


def contact_rows(queryset):
    return [
        {
            "first_name": c.first_name,
            "last_name": c.last_name,
            "company": c.company.name if c.company_id else "",
            "score": c.lead_score,
        }
        for c in queryset
    ]


class ContactTableView(TemplateView):
    template_name = "crm/contact_table.html"
    page_size = 50

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        params = self.request.GET
        rows = contact_rows(Contact.objects.select_related("company").filter(owner=self.request.user))
        sort = params.get("sort", DEFAULT_SORT)
        key_func = SORT_KEYS.get(sort, SORT_KEYS[DEFAULT_SORT])
        rows.sort(key=key_func, reverse=params.get("dir") == "desc")
        page = Paginator(rows, self.page_size).get_page(params.get("page"))
        context.update(page=page, sort=sort if sort in SORT_KEYS else DEFAULT_SORT)
        return context
