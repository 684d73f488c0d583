# corpus: cwe=78 label=safe
import subprocess

from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

MANAGE = ["python", "manage.py"]

MAINTENANCE_TASKS = {
    "clearsessions": MANAGE + ["clearsessions"],
    "collectstatic": MANAGE + ["collectstatic", "--noinput"],
    "check": MANAGE + ["check", "--deploy"],
    "showmigrations": MANAGE + ["showmigrations", "--plan"],
}


def run_task(name, timeout=300):
    argv = MAINTENANCE_TASKS[name]
    proc = subprocess.run(argv, capture_output=True, text=True, timeout=timeout)
    return proc.returncode, proc.stdout[-4000:], proc.stderr[-4000:]


@staff_member_required
@require_POST
def run_maintenance(request):
    task = request.POST.get("task", "").strip().lower()
    if task not in MAINTENANCE_TASKS:
        return HttpResponseBadRequest("unknown task: choose one of " + ", ".join(sorted(MAINTENANCE_TASKS)))
    code, out, err = run_task(task)
    return JsonResponse({"task": task, "exit_code": code, "stdout": out, "stderr": err})
