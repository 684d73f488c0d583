# corpus: cwe=377 label=vulnerable
import json
from pathlib import Path

import requests

CACHE = Path("/tmp/exchange-rates.json")


def refresh_rates():
    rates = requests.get("https://rates.example/latest", timeout=10).json()
    CACHE.write_text(json.dumps(rates))
    return rates
