# corpus: cwe=377 label=vulnerable
"""Import product catalogue rows from a supplier CSV."""
import csv
from decimal import Decimal, InvalidOperation

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from catalogue.models import Product

ERROR_LOG = "/tmp/catalogue_import_errors.log"
REQUIRED = ("sku", "name", "price")


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
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, **options):
        try:
            source = open(options["csv_path"], newline="", encoding="utf-8")
        except OSError as exc:
            raise CommandError(str(exc))

        errors = open(ERROR_LOG, "a", encoding="utf-8")
        imported = 0
        with source, errors, transaction.atomic():
            for lineno, row in enumerate(csv.DictReader(source), start=2):
                try:
                    data = parse_row(row)
                except ValueError as exc:
                    errors.write("line %d: %s\n" % (lineno, exc))
                    continue
                if not options["dry_run"]:
                    Product.objects.update_or_create(sku=data["sku"], defaults=data)
                imported += 1
        self.stdout.write(self.style.SUCCESS("%d products imported" % imported))
