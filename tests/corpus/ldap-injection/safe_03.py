# corpus: cwe=90 label=safe
from django.conf import settings
from django.http import JsonResponse
from ldap3 import SUBTREE, Connection

KNOWN_GROUPS = {"engineering", "finance", "support"}


def group_members(request):
    group_name = request.GET["group"]
    if group_name not in KNOWN_GROUPS:
        return JsonResponse({"error": "unknown group"}, status=404)
    with Connection(settings.LDAP_SERVER, auto_bind=True) as ldap_conn:
        ldap_conn.search(
            search_base="ou=groups,dc=example,dc=com",
            search_filter="(&(objectClass=groupOfNames)(cn={}))".format(group_name),
            search_scope=SUBTREE,
            attributes=["member"],
        )
        return JsonResponse({"count": len(ldap_conn.entries)})
