# corpus: cwe=377 label=safe
import json
import os

from platformdirs import user_cache_dir

CACHE_DIR = user_cache_dir("rates-cli")


def save_rates(rates):
    os.makedirs(CACHE_DIR, mode=0o700, exist_ok=True)
    with open(os.path.join(CACHE_DIR, "rates.json"), "w") as fh:
        json.dump(rates, fh)
