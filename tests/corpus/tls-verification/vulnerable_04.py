# corpus: cwe=295 label=vulnerable
import json
import ssl
import urllib.request


def load_feature_flags(url):
    context = ssl._create_unverified_context()
    with urllib.request.urlopen(url, context=context, timeout=10) as resp:
        return json.load(resp)
