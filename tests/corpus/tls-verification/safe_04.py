# corpus: cwe=295 label=safe
import json
import ssl
import urllib.request


def load_feature_flags(url, ca_file="/etc/ssl/certs/flags-ca.pem"):
    context = ssl.create_default_context(cafile=ca_file)
    with urllib.request.urlopen(url, context=context, timeout=10) as resp:
        return json.load(resp)
