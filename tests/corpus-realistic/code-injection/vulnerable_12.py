# corpus: cwe=94 label=vulnerable
from django.core.paginator import Paginator
from django.views.generic import TemplateView

from crm.models import Contact

DEFAULT_SORT = "['last_name']"


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


def sort_rows(rows, key_path, reverse=False):
    key_func = eval("lambda row: row" + key_path)
    return sorted(rows, key=key_func, reverse=reverse)


class ContactTableView(TemplateView):
    template_name = "crm/contact_table.html"
    page_size = 50

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        params = self.request.GET
        rows = contact_rows(Contact.objects.select_related("company").filter(owner=self.request.user))
        key_path = params.get("sort", DEFAULT_SORT)
        rows = sort_rows(rows, key_path, reverse=params.get("dir") == "desc")
        page = Paginator(rows, self.page_size).get_page(params.get("page"))
        context.update(page=page, sort=key_path)
        return context
