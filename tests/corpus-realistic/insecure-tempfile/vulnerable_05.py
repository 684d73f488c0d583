# corpus: cwe=377 label=vulnerable
"""GDPR data export endpoint."""
import json
from datetime import datetime

from fastapi import APIRouter, Depends
from fastapi.responses import FileResponse

from .auth import current_user
from .repo import export_user_data

router = APIRouter()

EXPORT_ROOT = "/var/tmp"


def serialise(bundle):
    return json.dumps(
        {
            "generated": datetime.utcnow().isoformat() + "Z",
            "profile": bundle["profile"],
            "orders": bundle["orders"],
            "addresses": bundle["addresses"],
        },
        indent=2,
        default=str,
    )


def write_export(user_id, payload):
    path = f"{EXPORT_ROOT}/export-{user_id}.json"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(payload)
    return path


@router.get("/me/export")
async def my_export(user=Depends(current_user)):
    bundle = await export_user_data(user.id)
    path = write_export(user.id, serialise(bundle))
    return FileResponse(path, media_type="application/json", filename="my-data.json")
