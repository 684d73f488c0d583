# corpus: cwe=502 label=vulnerable
"""Account backup/restore views for the notes app (Django)."""
import pickle

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render

from notes.models import Note, Notebook


@login_required
def export_backup(request):
    notebooks = []
    for nb in Notebook.objects.filter(owner=request.user).prefetch_related("notes"):
        notebooks.append(
            {
                "title": nb.title,
                "notes": [{"title": n.title, "body": n.body} for n in nb.notes.all()],
            }
        )
    resp = HttpResponse(pickle.dumps({"version": 2, "notebooks": notebooks}),
                        content_type="application/octet-stream")
    resp["Content-Disposition"] = 'attachment; filename="notes-backup.pkl"'
    return resp


def _restore(user, archive):
    created = 0
    with transaction.atomic():
        for nb_data in archive.get("notebooks", []):
            nb = Notebook.objects.create(owner=user, title=nb_data["title"][:200])
            for note in nb_data.get("notes", []):
                Note.objects.create(notebook=nb, title=note["title"][:200], body=note["body"])
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

    archive = pickle.load(upload.file)
    if archive.get("version") != 2:
        messages.error(request, "Unsupported backup version.")
        return redirect("notes:import")

    count = _restore(request.user, archive)
    messages.success(request, f"Restored {count} notes.")
    return redirect("notes:index")
