# corpus: cwe=502 label=safe
"""Account backup/restore views for the notes app (Django)."""
import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import redirect, render

from notes.models import Note, Notebook

BACKUP_VERSION = 3


@login_required
def export_backup(request):
    notebooks = [
        {
            "title": nb.title,
            "notes": [{"title": n.title, "body": n.body} for n in nb.notes.all()],
        }
        for nb in Notebook.objects.filter(owner=request.user).prefetch_related("notes")
    ]
    resp = JsonResponse({"version": BACKUP_VERSION, "notebooks": notebooks})
    resp["Content-Disposition"] = 'attachment; filename="notes-backup.json"'
    return resp


def _restore(user, archive):
    created = 0
    with transaction.atomic():
        for nb_data in archive.get("notebooks", []):
            nb = Notebook.objects.create(owner=user, title=str(nb_data.get("title", ""))[:200])
            for note in nb_data.get("notes", []):
                Note.objects.create(
                    notebook=nb,
                    title=str(note.get("title", ""))[:200],
                    body=str(note.get("body", "")),
                )
                created += 1
    return created


@login_required
def import_backup(request):
    if request.method != "POST":
        return render(request, "notes/import.html")
    upload = request.FILES.get("backup")
    if not upload:
        messages.error(request, "Choose a backup file first.")
        return redirect("notes:import")

    try:
        archive = json.load(upload.file)
    except (ValueError, UnicodeDecodeError):
        messages.error(request, "That file is not a notes backup.")
        return redirect("notes:import")
    if not isinstance(archive, dict) or archive.get("version") != BACKUP_VERSION:
        messages.error(request, "Unsupported backup version.")
        return redirect("notes:import")

    count = _restore(request.user, archive)
    messages.success(request, f"Restored {count} notes.")
    return redirect("notes:index")
