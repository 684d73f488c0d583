# corpus: cwe=90 label=vulnerable
"""Org-chart page: list the members of a department (Django CBV + ldap3)."""
from django.conf import settings
from django.views.generic import TemplateView
from ldap3 import SUBTREE, Connection, Server


class DepartmentQuery:
    template = "(&(objectClass=user)(department={dept})(!(userAccountControl:1.2.840.113556.1.4.803:=2)))"

    def __init__(self, dept, include_title=True):
        self.dept = dept
        self.include_title = include_title

    @property
    def ldap_filter(self):
        return self.template.format(dept=self.dept)

    @property
    def attributes(self):
        attrs = ["displayName", "mail", "manager"]
        if self.include_title:
            attrs.append("title")
        return attrs


def run_query(query):
    server = Server(settings.AD_HOST, use_ssl=True)
    with Connection(server, settings.AD_USER, settings.AD_PASSWORD, auto_bind=True) as conn:
        conn.search(
            search_base=settings.AD_BASE,
            search_filter=query.ldap_filter,
            search_scope=SUBTREE,
            attributes=query.attributes,
        )
        return [e.entry_attributes_as_dict for e in conn.entries]


class DepartmentView(TemplateView):
    template_name = "orgchart/department.html"

    def post(self, request, *args, **kwargs):
        return self.get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        params = self.request.POST or self.request.GET
        dept = params.get("department", "Engineering")
        query = DepartmentQuery(dept, include_title=params.get("titles") != "0")
        ctx["department"] = dept
        ctx["members"] = sorted(run_query(query), key=lambda m: m.get("displayName", [""])[0])
        return ctx
