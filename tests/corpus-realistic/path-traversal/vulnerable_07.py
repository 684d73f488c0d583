# corpus: cwe=22 label=vulnerable
"""Project scaffolding: copy a starter template into a new workspace."""
import os
import shutil

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Workspace

STARTERS_DIR = "/srv/ide/starters"
WORKSPACES_DIR = "/srv/ide/workspaces"

STARTERS = {
    "python": "python-basic",
    "flask": "flask-app",
    "django": "django-project",
}


def workspace_path(workspace):
    return os.path.join(WORKSPACES_DIR, str(workspace.pk))


def copy_starter_file(starter_key, source_name, workspace, target_name):
    starter = STARTERS[starter_key]
    src = os.path.join(STARTERS_DIR, starter, source_name)
    dst = os.path.join(workspace_path(workspace), target_name)
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    shutil.copy(src, dst)
    return dst


@login_required
@require_POST
def add_starter_file(request, workspace_id):
    workspace = Workspace.objects.get(pk=workspace_id, owner=request.user)
    starter = request.POST.get("starter", "python")
    if starter not in STARTERS:
        return JsonResponse({"error": "unknown starter"}, status=400)
    source = request.POST.get("source", "main.py")
    if source not in ("main.py", "requirements.txt", "README.md"):
        return JsonResponse({"error": "unknown file"}, status=400)
    target = request.POST.get("target") or source
    copy_starter_file(starter, source, workspace, target)
    return JsonResponse({"created": target})
