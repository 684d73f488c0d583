# corpus: cwe=377 label=safe
"""Import product catalogue rows from a supplier CSV."""
import csv
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from catalogue.models import Product

REQUIRED = ("sku", "name", "price")


def error_log_path():
    log_dir = Path(settings.BASE_DIR) / "var" / "import-logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    return log_dir / ("catalogue-%s.log" % timezone.now().strftime("%Y%m%d-%H%M%S"))


def parse_row(row):
    missing = [col for col in REQUIRED if not row.get(col, "").strip()]
    if missing:
        raise ValueError("missing " + ", ".join(missing))
    try:
        price = Decimal(row["price"].replace(",", "."))
    except InvalidOperation:
        raise ValueError("bad price %r" % row["price"])
    return {"sku": row["sku"].strip().upper(), "name": row["name"].strip(), "price": price}


class Command(BaseCommand):
    help = "Import or update products from a supplier CSV file"

    def add_arguments(self, parser):
        parser.add_argument("csv_path")

    def handle(self, *args, **options):
        source_path = Path(options["csv_path"])
        if not source_path.is_file():
            raise CommandError("no such file: %s" % source_path)
        log_path = error_log_path()
        imported = 0
        with source_path.open(newline="", encoding="utf-8") as source, log_path.open("w") as errors:
            with transaction.atomic():
                for lineno, row in enumerate(csv.DictReader(source), start=2):
                    try:
                        data = parse_row(row)
                    except ValueError as exc:
                        errors.write("line %d: %s\n" % (lineno, exc))
                        continue
                    Product.objects.update_or_create(sku=data["sku"], defaults=data)
                    imported += 1
        self.stdout.write(self.style.SUCCESS("%d imported, errors in %s" % (imported, log_path)))
