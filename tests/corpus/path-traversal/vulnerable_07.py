# corpus: cwe=22 label=vulnerable
import os

from django.http import FileResponse, Http404

EXPORT_DIR = "/var/exports"


def download_export(request):
    filename = request.GET.get("f")
    if not filename:
        raise Http404("missing file")
    handle = open(os.path.join(EXPORT_DIR, filename), "rb")
    return FileResponse(handle, as_attachment=True)
