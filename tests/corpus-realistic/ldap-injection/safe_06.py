# corpus: cwe=90 label=safe
"""Django view: look up a colleague by e-mail address for the visitor badge desk."""
import ldap
from django.conf import settings
from django.core.validators import validate_email
from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.views.decorators.http import require_GET
from ldap.filter import escape_filter_chars


class DirectoryGateway:
    attributes = ["cn", "mail", "physicalDeliveryOfficeName", "manager"]

    def __init__(self, uri=None, bind_dn=None, password=None, base=None):
        self.uri = uri or settings.LDAP_URI
        self.bind_dn = bind_dn or settings.LDAP_BIND_DN
        self.password = password or settings.LDAP_BIND_PASSWORD
        self.base = base or settings.LDAP_PEOPLE_BASE

    def _conn(self):
        conn = ldap.initialize(self.uri)
        conn.protocol_version = ldap.VERSION3
        conn.simple_bind_s(self.bind_dn, self.password)
        return conn

    def find_by_mail(self, mail):
        conn = self._conn()
        try:
            return conn.search_ext_s(
                self.base,
                ldap.SCOPE_SUBTREE,
                "(mail=%s)" % escape_filter_chars(mail),
                self.attributes,
                sizelimit=5,
            )
        finally:
            conn.unbind_s()


def _first(attrs, key):
    values = attrs.get(key) or [b""]
    return values[0].decode("utf-8", "replace")


@require_GET
def host_lookup(request):
    mail = request.GET.get("email", "").strip().lower()
    try:
        validate_email(mail)
    except ValidationError:
        return JsonResponse({"error": "enter the host's e-mail address"}, status=400)
    results = DirectoryGateway().find_by_mail(mail)
    hosts = [
        {"name": _first(a, "cn"), "office": _first(a, "physicalDeliveryOfficeName")}
        for dn, a in results
        if dn
    ]
    return JsonResponse({"hosts": hosts})
