# corpus: cwe=377 label=safe
import os
import tempfile

from django.conf import settings


def store_upload(uploaded):
    tmp = tempfile.NamedTemporaryFile(dir=settings.UPLOAD_STAGING_DIR, delete=False)
    with tmp:
        for chunk in uploaded.chunks():
            tmp.write(chunk)
    final = os.path.join(settings.MEDIA_ROOT, "uploads", os.path.basename(tmp.name))
    os.replace(tmp.name, final)
    return final
