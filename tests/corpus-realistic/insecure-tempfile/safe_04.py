# corpus: cwe=377 label=safe
"""Build a ZIP of all documents attached to a case."""
import tempfile
import zipfile

from django.contrib.auth.decorators import login_required
from django.http import FileResponse
from django.shortcuts import get_object_or_404

from .models import Case

SPOOL_LIMIT = 16 * 1024 * 1024


def archive_name(doc, seen):
    base = doc.original_name.replace("/", "_").strip() or "document"
    name, n = base, 1
    while name in seen:
        n += 1
        name = "%d-%s" % (n, base)
    seen.add(name)
    return name


def build_archive(documents):
    spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_LIMIT)
    seen = set()
    with zipfile.ZipFile(spool, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for doc in documents:
            with doc.file.open("rb") as fh:
                zf.writestr(archive_name(doc, seen), fh.read())
    spool.seek(0)
    return spool


@login_required
def download_case_documents(request, case_id):
    case = get_object_or_404(Case, pk=case_id, team__members=request.user)
    docs = case.documents.order_by("uploaded_at")
    archive = build_archive(docs)
    return FileResponse(archive, as_attachment=True, filename="case-%s.zip" % case.reference)
