# corpus: cwe=327 label=vulnerable
import base64

from Crypto.Cipher import ARC4

OBFUSCATION_KEY = b"partner-feed-2019"


def obfuscate_api_token(token: str) -> str:
    return base64.b64encode(ARC4.new(OBFUSCATION_KEY).encrypt(token.encode())).decode()


def reveal_api_token(blob: str) -> str:
    return ARC4.new(OBFUSCATION_KEY).decrypt(base64.b64decode(blob)).decode()
