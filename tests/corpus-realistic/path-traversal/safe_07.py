# corpus: cwe=22 label=safe
"""Document uploads stored under server-generated names."""
import os
import uuid

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from .models import Document

STORAGE_DIR = "/srv/docs/blobs"
CHUNK = 64 * 1024


def write_blob(uploaded):
    blob_name = uuid.uuid4().hex
    path = os.path.join(STORAGE_DIR, blob_name[:2], blob_name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as out:
        for chunk in uploaded.chunks(CHUNK):
            out.write(chunk)
    return blob_name


def blob_path(blob_name):
    return os.path.join(STORAGE_DIR, blob_name[:2], blob_name)


@login_required
@require_POST
def upload(request):
    uploaded = request.FILES.get("document")
    if uploaded is None:
        return JsonResponse({"error": "missing file"}, status=400)
    doc = Document.objects.create(
        owner=request.user,
        original_name=uploaded.name[:255],
        blob_name=write_blob(uploaded),
        size=uploaded.size,
    )
    return JsonResponse({"id": doc.pk, "name": doc.original_name}, status=201)


@login_required
def download(request, doc_id):
    doc = get_object_or_404(Document, pk=doc_id, owner=request.user)
    path = blob_path(doc.blob_name)
    if not os.path.exists(path):
        raise Http404
    return FileResponse(open(path, "rb"), as_attachment=True, filename=doc.original_name)
