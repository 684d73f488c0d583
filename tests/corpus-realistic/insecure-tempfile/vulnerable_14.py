# corpus: cwe=377 label=vulnerable
"""Bulk contact import: parse the uploaded spreadsheet in the background."""
import openpyxl
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Contact, ImportJob
from .tasks import process_import


def scratch_path(kind, owner_id):
    return "/tmp/%s_%s_scratch.xlsx" % (kind, owner_id)


def save_upload(upload, path):
    with open(path, "wb") as out:
        for chunk in upload.chunks():
            out.write(chunk)
    return path


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

    path = save_upload(upload, scratch_path("contacts", request.user.pk))
    rows = count_rows(path)
    job = ImportJob.objects.create(owner=request.user, source_path=path, expected_rows=rows)
    process_import.delay(job.pk)
    return JsonResponse({"job": job.pk, "rows": rows}, status=202)


@login_required
def import_status(request, job_id):
    job = ImportJob.objects.filter(pk=job_id, owner=request.user).first()
    if job is None:
        return JsonResponse({"error": "not found"}, status=404)
    done = Contact.objects.filter(import_job=job).count()
    return JsonResponse({"job": job.pk, "done": done, "expected": job.expected_rows})
