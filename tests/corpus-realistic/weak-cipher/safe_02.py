# corpus: cwe=327 label=safe
"""Model field that keeps national ID numbers encrypted at rest."""
from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models


@lru_cache(maxsize=1)
def _fernet():
    return Fernet(settings.FIELD_ENCRYPTION_KEY)


class EncryptedCharField(models.TextField):
    description = "Text encrypted with Fernet before it reaches the database"

    def from_db_value(self, value, expression, connection):
        if value in (None, ""):
            return value
        try:
            return _fernet().decrypt(value.encode("ascii")).decode("utf-8")
        except InvalidToken as exc:
            raise ValidationError("stored value could not be decrypted") from exc

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if value in (None, ""):
            return value
        return _fernet().encrypt(value.encode("utf-8")).decode("ascii")


class Employee(models.Model):
    full_name = models.CharField(max_length=200)
    national_id = EncryptedCharField()
    department = models.CharField(max_length=80, blank=True)

    def masked_id(self):
        nid = self.national_id or ""
        return "*" * max(0, len(nid) - 4) + nid[-4:]

    def __str__(self):
        return "%s (%s)" % (self.full_name, self.masked_id())
