# corpus: cwe=22 label=safe
"""Download endpoint for course materials."""
import mimetypes
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404

from .models import Enrollment

MATERIALS_ROOT = Path(getattr(settings, "COURSE_MATERIALS_ROOT", "/srv/lms/materials")).resolve()


def _materials_dir(course_code):
    return MATERIALS_ROOT / course_code.upper()


def _safe_material_path(course_code, filename):
    base = _materials_dir(course_code).resolve()
    candidate = (base / filename).resolve()
    try:
        candidate.relative_to(base)
    except ValueError:
        raise Http404("Material not found")
    return candidate


@login_required
def download_material(request, course_code):
    if not Enrollment.objects.filter(user=request.user, course__code=course_code).exists():
        raise Http404("Course not found")
    filename = request.GET.get("file", "")
    if not filename:
        raise Http404("No file requested")
    full_path = _safe_material_path(course_code, filename)
    if not full_path.is_file():
        raise Http404("Material not found")
    content_type, _ = mimetypes.guess_type(full_path.name)
    return FileResponse(
        open(full_path, "rb"),
        as_attachment=True,
        filename=full_path.name,
        content_type=content_type or "application/octet-stream",
    )
