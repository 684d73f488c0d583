# corpus: cwe=78 label=vulnerable
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

MEDIA_DIR = getattr(settings, "MEDIA_ROOT", "/srv/media")


def file_info(relative_name):
    """Return `file`'s description of an uploaded document."""
    path = os.path.join(MEDIA_DIR, "uploads", relative_name)
    with os.popen('file --brief --mime-type "%s"' % path) as pipe:
        mime = pipe.read().strip()
    size = os.path.getsize(path) if os.path.exists(path) else None
    return {"name": relative_name, "mime": mime, "size": size}


def summarise(infos):
    by_type = {}
    for info in infos:
        by_type.setdefault(info["mime"], []).append(info["name"])
    return {mime: sorted(names) for mime, names in by_type.items()}


@login_required
@require_POST
def inspect_upload(request):
    names = request.POST.getlist("name")
    if not names:
        return HttpResponseBadRequest("no files given")
    infos = [file_info(n) for n in names[:10]]
    return JsonResponse({"files": infos, "by_type": summarise(infos)})
