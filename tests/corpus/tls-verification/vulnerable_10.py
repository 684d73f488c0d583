# corpus: cwe=295 label=vulnerable
"""Old corporate proxy re-signs TLS: switch verification off for urllib."""
import ssl
import urllib.request

ssl._create_default_https_context = ssl._create_unverified_context


def download(url, dest):
    with urllib.request.urlopen(url, timeout=30) as resp, open(dest, "wb") as fh:
        fh.write(resp.read())
    return dest
