# corpus: cwe=327 label=vulnerable
"""Model field that keeps national ID numbers encrypted at rest."""
import base64

from Crypto.Cipher import DES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad
from django.conf import settings
from django.db import models


def _field_key():
    return bytes.fromhex(settings.FIELD_ENCRYPTION_KEY)[:8]


def encrypt_value(plaintext):
    iv = get_random_bytes(8)
    cipher = DES.new(_field_key(), DES.MODE_CBC, iv)
    ct = cipher.encrypt(pad(plaintext.encode("utf-8"), DES.block_size))
    return base64.b64encode(iv + ct).decode("ascii")


def decrypt_value(stored):
    blob = base64.b64decode(stored)
    cipher = DES.new(_field_key(), DES.MODE_CBC, blob[:8])
    return unpad(cipher.decrypt(blob[8:]), DES.block_size).decode("utf-8")


class EncryptedCharField(models.TextField):
    def from_db_value(self, value, expression, connection):
        if value is None:
            return value
        return decrypt_value(value)

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if value in (None, ""):
            return value
        return encrypt_value(value)


class Employee(models.Model):
    full_name = models.CharField(max_length=200)
    national_id = EncryptedCharField()
    department = models.CharField(max_length=80, blank=True)

    def masked_id(self):
        nid = self.national_id or ""
        return "*" * max(0, len(nid) - 4) + nid[-4:]

    def __str__(self):
        return f"{self.full_name} ({self.masked_id()})"
