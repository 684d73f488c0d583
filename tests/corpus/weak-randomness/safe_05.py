# corpus: cwe=338 label=safe
import random
import time

import requests


def fetch_with_retry(url, attempts=5):
    for attempt in range(attempts):
        try:
            return requests.get(url, timeout=5)
        except requests.ConnectionError:
            delay = min(30, 2**attempt) + random.uniform(0, 1)
            time.sleep(delay)
    raise RuntimeError("giving up on " + url)
