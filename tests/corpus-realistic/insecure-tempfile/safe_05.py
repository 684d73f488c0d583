# corpus: cwe=377 label=safe
"""GDPR data export endpoint."""
import json
import os
import tempfile
from datetime import datetime

from fastapi import APIRouter, BackgroundTasks, Depends
from fastapi.responses import FileResponse

from .auth import current_user
from .repo import export_user_data

router = APIRouter()

EXPORT_DIR = os.environ.get("EXPORT_DIR") or tempfile.gettempdir()


def serialise(bundle):
    return json.dumps(
        {"generated": datetime.utcnow().isoformat() + "Z", **bundle},
        indent=2,
        default=str,
    )


def write_export(user_id, payload):
    fd, path = tempfile.mkstemp(prefix="export-%d-" % user_id, suffix=".json", dir=EXPORT_DIR)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(payload)
    return path


@router.get("/me/export")
async def my_export(background: BackgroundTasks, user=Depends(current_user)):
    bundle = await export_user_data(user.id)
    path = write_export(user.id, serialise(bundle))
    background.add_task(os.remove, path)
    return FileResponse(path, media_type="application/json", filename="my-data.json")
