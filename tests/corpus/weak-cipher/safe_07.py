# corpus: cwe=327 label=safe
import os

import nacl.secret
import nacl.utils

box = nacl.secret.SecretBox(bytes.fromhex(os.environ["BOX_KEY"]))


def seal_message(message: bytes) -> bytes:
    nonce = nacl.utils.random(nacl.secret.SecretBox.NONCE_SIZE)
    return box.encrypt(message, nonce)


def open_message(sealed: bytes) -> bytes:
    return box.decrypt(sealed)
