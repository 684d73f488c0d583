# corpus: cwe=328 label=safe
"""Authentication backend for accounts imported from the legacy intranet.

The old system stored PBKDF2-SHA256 digests; on first successful login the
password is re-hashed with Django's configured hasher and the legacy row dropped.
"""
import hashlib
import hmac

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import BaseBackend
from django.db import models, transaction


class LegacyCredential(models.Model):
    user = models.OneToOneField("auth.User", on_delete=models.CASCADE)
    salt = models.BinaryField(max_length=16)
    iterations = models.PositiveIntegerField(default=200_000)
    digest = models.CharField(max_length=64)

    class Meta:
        db_table = "legacy_credentials"


def legacy_digest(cred, password):
    raw = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), bytes(cred.salt), cred.iterations)
    return raw.hex()


class LegacyIntranetBackend(BaseBackend):
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
        if not hmac.compare_digest(legacy_digest(cred, password), cred.digest.lower()):
            return None
        with transaction.atomic():
            user.set_password(password)
            user.save(update_fields=["password"])
            cred.delete()
        return user if user.is_active else None

    def get_user(self, user_id):
        User = get_user_model()
        return User.objects.filter(pk=user_id).first()
