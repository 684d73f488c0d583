# Test cases for rules/weak-cipher.yaml (semgrep --test).
import os

from Crypto.Cipher import AES, ARC4, DES, DES3
from Crypto.Random import get_random_bytes
from Cryptodome.Cipher import Blowfish
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305


def encrypt_des(key: bytes, data: bytes) -> bytes:
    # ruleid: python-weak-cipher
    cipher = DES.new(key, DES.MODE_CBC, iv=os.urandom(8))
    return cipher.encrypt(data)


def encrypt_3des(key: bytes, data: bytes) -> bytes:
    # ruleid: python-weak-cipher
    return DES3.new(key, DES3.MODE_EAX).encrypt(data)


def encrypt_rc4(key: bytes, data: bytes) -> bytes:
    # ruleid: python-weak-cipher
    return ARC4.new(key).encrypt(data)


def encrypt_blowfish(key: bytes, data: bytes) -> bytes:
    # ruleid: python-weak-cipher
    cipher = Blowfish.new(key, Blowfish.MODE_CBC)
    return cipher.iv + cipher.encrypt(data)


def encrypt_tripledes_hazmat(key: bytes, iv: bytes, data: bytes) -> bytes:
    # ruleid: python-weak-cipher
    enc = Cipher(algorithms.TripleDES(key), modes.CBC(iv)).encryptor()
    return enc.update(data) + enc.finalize()


def encrypt_arc4_hazmat(key: bytes, data: bytes) -> bytes:
    # ruleid: python-weak-cipher
    enc = Cipher(algorithms.ARC4(key), mode=None).encryptor()
    return enc.update(data)


def encrypt_ecb_hazmat(key: bytes, block: bytes) -> bytes:
    # ruleid: python-ecb-mode
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return enc.update(block) + enc.finalize()


def encrypt_ecb_pycryptodome(key: bytes, block: bytes) -> bytes:
    # ruleid: python-ecb-mode
    return AES.new(key, AES.MODE_ECB).encrypt(block)


def encrypt_des_ecb(key: bytes, block: bytes) -> bytes:
    # ruleid: python-weak-cipher, python-ecb-mode
    return DES.new(key, DES.MODE_ECB).encrypt(block)


# ---- safe variants -------------------------------------------------------


def encrypt_aesgcm(key: bytes, data: bytes) -> bytes:
    nonce = os.urandom(12)
    # ok: python-weak-cipher, python-ecb-mode
    return nonce + AESGCM(key).encrypt(nonce, data, None)


def encrypt_chacha(key: bytes, data: bytes) -> bytes:
    nonce = os.urandom(12)
    # ok: python-weak-cipher, python-ecb-mode
    return nonce + ChaCha20Poly1305(key).encrypt(nonce, data, b"header")


def encrypt_fernet(key: bytes, data: bytes) -> bytes:
    # ok: python-weak-cipher, python-ecb-mode
    return Fernet(key).encrypt(data)


def encrypt_aes_gcm_pycryptodome(key: bytes, data: bytes) -> tuple:
    # ok: python-weak-cipher, python-ecb-mode
    cipher = AES.new(key, AES.MODE_GCM, nonce=get_random_bytes(12))
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce, ciphertext, tag


def encrypt_aes_gcm_hazmat(key: bytes, data: bytes) -> bytes:
    iv = os.urandom(12)
    # ok: python-weak-cipher, python-ecb-mode
    enc = Cipher(algorithms.AES(key), modes.GCM(iv)).encryptor()
    return iv + enc.update(data) + enc.finalize() + enc.tag


def encrypt_aes_ctr(key: bytes, data: bytes) -> bytes:
    nonce = os.urandom(16)
    # ok: python-weak-cipher, python-ecb-mode
    enc = Cipher(algorithms.AES256(key), modes.CTR(nonce)).encryptor()
    return nonce + enc.update(data) + enc.finalize()


# ---- rule pack v2: broken TLS protocol versions ----------------------------

import ssl  # noqa: E402


def legacy_controller_context():
    # ruleid: python-weak-tls-protocol
    return ssl.SSLContext(ssl.PROTOCOL_TLSv1)


def server_context():
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    # ruleid: python-weak-tls-protocol
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


def modern_context():
    ctx = ssl.create_default_context()
    # ok: python-weak-tls-protocol
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx
