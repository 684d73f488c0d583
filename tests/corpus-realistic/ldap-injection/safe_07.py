# corpus: cwe=90 label=safe
"""Org-chart page: list the members of a department (Django CBV + ldap3)."""
from django.conf import settings
from django.http import Http404
from django.views.generic import TemplateView
from ldap3 import SUBTREE, Connection, Server

ACTIVE = "(!(userAccountControl:1.2.840.113556.1.4.803:=2))"

DEPARTMENT_FILTERS = {
    "engineering": "(&(objectClass=user)(department=Engineering)%s)" % ACTIVE,
    "finance": "(&(objectClass=user)(department=Finance)%s)" % ACTIVE,
    "people": "(&(objectClass=user)(department=People Operations)%s)" % ACTIVE,
    "sales": "(&(objectClass=user)(|(department=Sales)(department=Sales EMEA))%s)" % ACTIVE,
}


def run_query(ldap_filter, attributes):
    server = Server(settings.AD_HOST, use_ssl=True)
    with Connection(server, settings.AD_USER, settings.AD_PASSWORD, auto_bind=True) as conn:
        conn.search(
            search_base=settings.AD_BASE,
            search_filter=ldap_filter,
            search_scope=SUBTREE,
            attributes=attributes,
        )
        return [e.entry_attributes_as_dict for e in conn.entries]


class DepartmentView(TemplateView):
    template_name = "orgchart/department.html"

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        key = self.request.GET.get("department", "engineering").strip().lower()
        ldap_filter = DEPARTMENT_FILTERS.get(key)
        if ldap_filter is None:
            raise Http404("unknown department")
        attrs = ["displayName", "mail", "manager"]
        if self.request.GET.get("titles") != "0":
            attrs.append("title")
        ctx["department"] = key
        ctx["departments"] = sorted(DEPARTMENT_FILTERS)
        ctx["members"] = sorted(run_query(ldap_filter, attrs), key=lambda m: m.get("displayName", [""])[0])
        return ctx
