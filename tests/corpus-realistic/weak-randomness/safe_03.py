# corpus: cwe=338 label=safe
from datetime import datetime
from secrets import choice
from typing import Dict, List

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

router = APIRouter(prefix="/v1/keys")

KEY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"


class KeyRequest(BaseModel):
    label: str
    scopes: List[str] = ["read"]


class KeyResponse(BaseModel):
    key_id: int
    label: str
    api_key: str
    created: datetime


class ApiKeyService:
    def __init__(self):
        self._keys: Dict[int, dict] = {}
        self._next_id = 1

    def _random_part(self, size: int) -> str:
        return "".join(choice(KEY_ALPHABET) for _ in range(size))

    def issue(self, owner: str, label: str, scopes: List[str]) -> dict:
        secret = "pk_" + self._random_part(8) + "." + self._random_part(32)
        record = {
            "key_id": self._next_id,
            "owner": owner,
            "label": label.strip()[:64],
            "scopes": sorted(set(scopes)),
            "api_key": secret,
            "created": datetime.utcnow(),
        }
        self._keys[self._next_id] = record
        self._next_id += 1
        return record


_service = ApiKeyService()


def get_service() -> ApiKeyService:
    return _service


def current_owner() -> str:
    return "account-1"


@router.post("", response_model=KeyResponse)
def create_key(
    body: KeyRequest,
    owner: str = Depends(current_owner),
    service: ApiKeyService = Depends(get_service),
):
    if not body.label:
        raise HTTPException(status_code=422, detail="label required")
    record = service.issue(owner, body.label, body.scopes)
    return KeyResponse(**{k: record[k] for k in ("key_id", "label", "api_key", "created")})
