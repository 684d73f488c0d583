# corpus: cwe=798 label=safe
"""Management command: import customers from the legacy MySQL CRM.

The `legacy` alias is configured in settings from the LEGACY_CRM_* variables.
"""
from django.core.management.base import BaseCommand, CommandError
from django.db import connections, transaction

from crm.models import Customer

LEGACY_ALIAS = "legacy"
QUERY = "SELECT id, company, contact_email, phone FROM customers WHERE id > %s ORDER BY id LIMIT %s"


def legacy_rows(batch_size=1000):
    last_id = 0
    with connections[LEGACY_ALIAS].cursor() as cur:
        while True:
            cur.execute(QUERY, [last_id, batch_size])
            rows = cur.fetchall()
            if not rows:
                return
            for row in rows:
                last_id = row[0]
                yield dict(zip(("id", "company", "email", "phone"), row))


class Command(BaseCommand):
    help = "Copy customers from the legacy CRM database"

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, **options):
        if LEGACY_ALIAS not in connections.databases:
            raise CommandError("DATABASES['legacy'] is not configured")
        created = updated = 0
        with transaction.atomic():
            for row in legacy_rows():
                _, was_created = Customer.objects.update_or_create(
                    legacy_id=row["id"],
                    defaults={
                        "company": (row["company"] or "").strip(),
                        "email": (row["email"] or "").strip().lower(),
                        "phone": row["phone"] or "",
                    },
                )
                created += was_created
                updated += not was_created
            if options["dry_run"]:
                transaction.set_rollback(True)
        self.stdout.write(self.style.SUCCESS(f"created={created} updated={updated}"))
