# corpus: cwe=338 label=safe
#!/usr/bin/env python3
"""Generate a fake order dataset for load-testing the reporting database."""
import argparse
import csv
import random
import sys
from datetime import date, timedelta

FIRST = ["Ada", "Grace", "Linus", "Ken", "Barbara", "Margaret", "Edsger", "Frances"]
LAST = ["Lovelace", "Hopper", "Torvalds", "Thompson", "Liskov", "Hamilton", "Dijkstra"]
SKUS = {"BK-001": 12.50, "BK-002": 8.99, "MUG-01": 6.00, "TEE-S": 15.00, "TEE-L": 16.00}
REGIONS = ["north", "south", "east", "west"]


def fake_customer(rng, idx):
    first, last = rng.choice(FIRST), rng.choice(LAST)
    return {
        "customer_id": idx,
        "name": f"{first} {last}",
        "email": f"{first}.{last}{idx}@example.test".lower(),
        "region": rng.choice(REGIONS),
    }


def fake_orders(rng, customers, count, start):
    skus = list(SKUS)
    for order_id in range(1, count + 1):
        cust = rng.choice(customers)
        sku = rng.choice(skus)
        qty = rng.randint(1, 5)
        yield {
            "order_id": order_id,
            "customer_id": cust["customer_id"],
            "region": cust["region"],
            "sku": sku,
            "qty": qty,
            "total": round(SKUS[sku] * qty, 2),
            "ordered_on": (start + timedelta(days=rng.randrange(365))).isoformat(),
        }


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--customers", type=int, default=500)
    ap.add_argument("--orders", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1234)
    args = ap.parse_args()

    rng = random.Random(args.seed)
    customers = [fake_customer(rng, i) for i in range(1, args.customers + 1)]
    writer = csv.DictWriter(
        sys.stdout,
        fieldnames=["order_id", "customer_id", "region", "sku", "qty", "total", "ordered_on"],
    )
    writer.writeheader()
    for row in fake_orders(rng, customers, args.orders, date(2023, 1, 1)):
        writer.writerow(row)


if __name__ == "__main__":
    main()
