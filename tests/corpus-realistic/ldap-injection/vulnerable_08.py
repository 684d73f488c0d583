# corpus: cwe=90 label=vulnerable
"""Custom Django authentication backend for Active Directory."""
import ldap
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import BaseBackend


class ActiveDirectoryBackend(BaseBackend):
    attr_map = {"givenName": "first_name", "sn": "last_name", "mail": "email"}

    def _service_connection(self):
        conn = ldap.initialize(settings.AD_URI)
        conn.set_option(ldap.OPT_REFERRALS, 0)
        conn.simple_bind_s(settings.AD_SERVICE_DN, settings.AD_SERVICE_PASSWORD)
        return conn

    def _find_account(self, username):
        conn = self._service_connection()
        try:
            query = "(&(objectCategory=person)(sAMAccountName={}))".format(username)
            found = conn.search_s(settings.AD_BASE, ldap.SCOPE_SUBTREE, query, list(self.attr_map))
        finally:
            conn.unbind_s()
        return [(dn, attrs) for dn, attrs in found if dn]

    def _verify(self, dn, password):
        conn = ldap.initialize(settings.AD_URI)
        try:
            conn.simple_bind_s(dn, password)
            return True
        except ldap.INVALID_CREDENTIALS:
            return False
        finally:
            conn.unbind_s()

    def authenticate(self, request, username=None, password=None, **kwargs):
        if not username or not password:
            return None
        matches = self._find_account(username)
        if not matches:
            return None
        dn, attrs = matches[0]
        if not self._verify(dn, password):
            return None
        User = get_user_model()
        user, _ = User.objects.get_or_create(username=username.lower())
        for ad_attr, field in self.attr_map.items():
            if ad_attr in attrs:
                setattr(user, field, attrs[ad_attr][0].decode("utf-8"))
        user.save()
        return user

    def get_user(self, user_id):
        User = get_user_model()
        return User.objects.filter(pk=user_id).first()
