# corpus: cwe=501 label=vulnerable
"""Middleware for the intranet deployment, which sits behind the SSO proxy."""
import logging

from django.contrib.auth import get_user_model

log = logging.getLogger(__name__)

PROXY_HEADERS = {
    "username": "HTTP_X_FORWARDED_USER",
    "email": "HTTP_X_FORWARDED_EMAIL",
    "groups": "HTTP_X_FORWARDED_GROUPS",
}


def identity_from_headers(meta):
    identity = {}
    for field, header in PROXY_HEADERS.items():
        value = meta.get(header)
        if value:
            identity[field] = value.strip()
    if "groups" in identity:
        identity["groups"] = [g.strip() for g in identity["groups"].split(",") if g.strip()]
    return identity


class ProxyIdentityMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        identity = identity_from_headers(request.META)
        if identity.get("username"):
            session = request.session
            session["sso_username"] = identity["username"]
            session["sso_groups"] = identity.get("groups", [])
            log.debug("sso identity %s", identity["username"])
        request.sso_user = self._resolve(request.session.get("sso_username"))
        return self.get_response(request)

    @staticmethod
    def _resolve(username):
        if not username:
            return None
        return get_user_model().objects.filter(username=username).first()
