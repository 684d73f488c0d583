# corpus: cwe=798 label=safe
"""Operations API: feature flags for on-call engineers."""
import json
import os
from typing import Dict

import bcrypt
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPBasic, HTTPBasicCredentials
from pydantic import BaseModel

app = FastAPI(title="ops")
security = HTTPBasic()

OPS_USERS_FILE = os.environ.get("OPS_USERS_FILE", "/etc/ops-api/users.json")
DEFAULT_USERNAME = "oncall"
_flags: Dict[str, bool] = {"new_checkout": False, "search_v2": True}


def load_operator_hashes(path: str = OPS_USERS_FILE) -> Dict[str, bytes]:
    with open(path, encoding="utf-8") as fh:
        return {user: h.encode("ascii") for user, h in json.load(fh).items()}


OPERATORS = load_operator_hashes() if os.path.exists(OPS_USERS_FILE) else {}


class FlagUpdate(BaseModel):
    enabled: bool


def require_operator(credentials: HTTPBasicCredentials = Depends(security)) -> str:
    stored = OPERATORS.get(credentials.username)
    if stored is None or not bcrypt.checkpw(credentials.password.encode("utf-8"), stored):
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="authentication required",
            headers={"WWW-Authenticate": "Basic"},
        )
    return credentials.username


@app.get("/flags")
def list_flags(user: str = Depends(require_operator)):
    return {"flags": _flags, "viewer": user}


@app.put("/flags/{name}")
def set_flag(name: str, update: FlagUpdate, user: str = Depends(require_operator)):
    if name not in _flags:
        raise HTTPException(status_code=404, detail="unknown flag")
    _flags[name] = update.enabled
    return {"name": name, "enabled": update.enabled, "changed_by": user}
