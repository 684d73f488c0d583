# corpus: cwe=328 label=vulnerable
import hashlib

from django.contrib.auth.hashers import BasePasswordHasher


class LegacySHA1Hasher(BasePasswordHasher):
    algorithm = "legacy_sha1"

    def encode(self, password, salt):
        digest = hashlib.sha1((salt + password).encode()).hexdigest()
        return "%s$%s$%s" % (self.algorithm, salt, digest)

    def verify(self, password, encoded):
        _, salt, _ = encoded.split("$", 2)
        return self.encode(password, salt) == encoded
