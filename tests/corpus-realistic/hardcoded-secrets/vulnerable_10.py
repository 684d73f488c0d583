# corpus: cwe=798 label=vulnerable
"""Management command: import customers from the legacy MySQL CRM."""
import pymysql
from django.core.management.base import BaseCommand
from django.db import transaction

from crm.models import Customer

LEGACY_DB = {
    "host": "crm-legacy.internal",
    "port": 3306,
    "user": "crm_export",
    "password": "nyhGn9K3BTlBrf8vVu",
    "database": "crm",
    "charset": "utf8mb4",
}


def legacy_rows(batch_size=1000, **overrides):
    params = dict(LEGACY_DB, **overrides)
    conn = pymysql.connect(cursorclass=pymysql.cursors.SSDictCursor, **params)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT id, company, contact_email, phone, created FROM customers")
            while True:
                rows = cur.fetchmany(batch_size)
                if not rows:
                    break
                yield from rows
    finally:
        conn.close()


class Command(BaseCommand):
    help = "Copy customers from the legacy CRM database"

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true")
        parser.add_argument("--host", default=None)

    def handle(self, *args, **options):
        overrides = {"host": options["host"]} if options["host"] else {}
        created = updated = 0
        with transaction.atomic():
            for row in legacy_rows(**overrides):
                _, was_created = Customer.objects.update_or_create(
                    legacy_id=row["id"],
                    defaults={
                        "company": (row["company"] or "").strip(),
                        "email": (row["contact_email"] or "").strip().lower(),
                        "phone": row["phone"] or "",
                    },
                )
                created += was_created
                updated += not was_created
            if options["dry_run"]:
                transaction.set_rollback(True)
        self.stdout.write(self.style.SUCCESS(f"created={created} updated={updated}"))
