# corpus: cwe=798 label=vulnerable
"""Operations API: feature flags and cache control for on-call engineers."""
import secrets
from typing import Dict

from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPBasic, HTTPBasicCredentials
from pydantic import BaseModel

app = FastAPI(title="ops")
security = HTTPBasic()

OPS_USERS = {
    "oncall": "251WyONhteyKpO4z8CQLI7Kt",
}

_flags: Dict[str, bool] = {"new_checkout": False, "search_v2": True}


class FlagUpdate(BaseModel):
    enabled: bool


def require_operator(credentials: HTTPBasicCredentials = Depends(security)) -> str:
    expected = OPS_USERS.get(credentials.username)
    valid = expected is not None and secrets.compare_digest(
        credentials.password.encode("utf-8"), expected.encode("utf-8")
    )
    if not valid:
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


@app.post("/cache/purge")
def purge_cache(prefix: str = "", user: str = Depends(require_operator)):
    purged = app.state.cache.purge(prefix) if hasattr(app.state, "cache") else 0
    return {"purged": purged, "by": user}
