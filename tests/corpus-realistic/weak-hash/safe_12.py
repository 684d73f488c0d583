# corpus: cwe=328 label=safe
"""Attachment uploads stored in a content-addressed layout."""
import hashlib
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.files.storage import default_storage
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

from .models import Attachment

MAX_BYTES = 20 * 1024 * 1024
DIGEST_NAME = getattr(settings, "ATTACHMENT_DIGEST", "sha3_256")


def content_digest(uploaded):
    h = hashlib.new(DIGEST_NAME)
    for chunk in uploaded.chunks():
        h.update(chunk)
    uploaded.seek(0)
    return h.hexdigest()


def storage_path(digest, original_name):
    ext = os.path.splitext(original_name)[1].lower()[:10]
    return "attachments/{}/{}/{}{}".format(digest[:2], digest[2:4], digest, ext)


@login_required
@require_POST
def upload_attachment(request):
    uploaded = request.FILES.get("file")
    if uploaded is None or uploaded.size > MAX_BYTES:
        return HttpResponseBadRequest("missing or oversized file")
    digest = content_digest(uploaded)
    path = storage_path(digest, uploaded.name)
    if not default_storage.exists(path):
        default_storage.save(path, uploaded)
    attachment, created = Attachment.objects.get_or_create(
        owner=request.user,
        sha3=digest,
        defaults={"path": path, "filename": uploaded.name[:200], "size": uploaded.size},
    )
    return JsonResponse({"id": attachment.pk, "sha3_256": digest, "new": created})
