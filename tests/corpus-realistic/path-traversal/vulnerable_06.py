# corpus: cwe=22 label=vulnerable
"""Download endpoint for course materials."""
import mimetypes
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404

from .models import Enrollment

MATERIALS_ROOT = getattr(settings, "COURSE_MATERIALS_ROOT", "/srv/lms/materials")


def _materials_dir(course_code):
    return os.path.join(MATERIALS_ROOT, course_code.upper())


@login_required
def download_material(request, course_code):
    if not Enrollment.objects.filter(user=request.user, course__code=course_code).exists():
        raise Http404("Course not found")
    filename = request.GET.get("file", "")
    if not filename:
        raise Http404("No file requested")
    full_path = os.path.join(_materials_dir(course_code), filename)
    if not os.path.isfile(full_path):
        raise Http404("Material not found")
    content_type, _ = mimetypes.guess_type(full_path)
    return FileResponse(
        open(full_path, "rb"),
        as_attachment=True,
        filename=os.path.basename(full_path),
        content_type=content_type or "application/octet-stream",
    )
