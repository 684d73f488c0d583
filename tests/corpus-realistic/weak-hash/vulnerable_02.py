# corpus: cwe=328 label=vulnerable
"""Authentication backend for accounts imported from the legacy intranet."""
import hmac
from hashlib import sha1

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import BaseBackend
from django.db import models


class LegacyCredential(models.Model):
    user = models.OneToOneField("auth.User", on_delete=models.CASCADE)
    salt = models.CharField(max_length=16)
    digest = models.CharField(max_length=40)

    class Meta:
        db_table = "legacy_credentials"


def legacy_digest(salt, password):
    return sha1((salt + password).encode("utf-8")).hexdigest()


class LegacyIntranetBackend(BaseBackend):
    """Checks passwords against the salted digests exported from the old system."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if not username or password is None:
            return None
        User = get_user_model()
        try:
            user = User.objects.select_related("legacycredential").get(
                username__iexact=username.strip()
            )
            cred = user.legacycredential
        except (User.DoesNotExist, LegacyCredential.DoesNotExist):
            return None
        expected = cred.digest.lower()
        if hmac.compare_digest(legacy_digest(cred.salt, password), expected):
            return user if user.is_active else None
        return None

    def get_user(self, user_id):
        User = get_user_model()
        try:
            return User.objects.get(pk=user_id)
        except User.DoesNotExist:
            return None
