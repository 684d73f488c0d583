# corpus: cwe=377 label=safe
"""Bulk contact import: store the uploaded spreadsheet and process it in the background."""
import openpyxl
from django.contrib.auth.decorators import login_required
from django.core.files.storage import FileSystemStorage
from django.http import JsonResponse
from django.conf import settings
from django.views.decorators.http import require_POST

from .models import ImportJob
from .tasks import process_import

import_storage = FileSystemStorage(
    location=settings.BASE_DIR / "private" / "imports",
    file_permissions_mode=0o600,
    directory_permissions_mode=0o700,
)


def count_rows(path):
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return wb.active.max_row - 1
    finally:
        wb.close()


@login_required
@require_POST
def start_import(request):
    upload = request.FILES.get("sheet")
    if upload is None or not upload.name.lower().endswith(".xlsx"):
        return JsonResponse({"error": "xlsx file required"}, status=400)

    stored_name = import_storage.save("contacts/%d.xlsx" % request.user.pk, upload)
    path = import_storage.path(stored_name)
    rows = count_rows(path)
    job = ImportJob.objects.create(owner=request.user, source_name=stored_name, expected_rows=rows)
    process_import.delay(job.pk)
    return JsonResponse({"job": job.pk, "rows": rows}, status=202)


@login_required
def import_status(request, job_id):
    job = ImportJob.objects.filter(pk=job_id, owner=request.user).first()
    if job is None:
        return JsonResponse({"error": "not found"}, status=404)
    return JsonResponse({"job": job.pk, "state": job.state, "expected": job.expected_rows})
