# corpus: cwe=338 label=safe
import random

UPSTREAMS = ["10.0.0.11:8000", "10.0.0.12:8000", "10.0.0.13:8000"]
WEIGHTS = [5, 3, 1]


def pick_upstream():
    return random.choices(UPSTREAMS, weights=WEIGHTS, k=1)[0]


def route(request_path):
    return "http://" + pick_upstream() + request_path
