# corpus: cwe=328 label=safe
import hashlib
import os

from django.contrib.auth.hashers import BasePasswordHasher


class PBKDF2SHA512Hasher(BasePasswordHasher):
    algorithm = "pbkdf2_sha512"
    iterations = 210_000

    def encode(self, password, salt):
        dk = hashlib.pbkdf2_hmac("sha512", password.encode(), salt.encode(), self.iterations)
        return "%s$%d$%s$%s" % (self.algorithm, self.iterations, salt, dk.hex())

    def salt(self):
        return os.urandom(12).hex()
