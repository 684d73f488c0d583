# corpus: cwe=614 label=safe
"""Refresh-token rotation for the scheduling API."""
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from fastapi import Cookie, FastAPI, HTTPException, Response

app = FastAPI(title="scheduler")

REFRESH_COOKIE = "sched_refresh"
REFRESH_LIFETIME = timedelta(days=7)


@dataclass(frozen=True)
class CookiePolicy:
    secure: bool = True
    httponly: bool = True
    samesite: str = "strict"
    path: str = "/auth"

    def as_kwargs(self):
        return {"secure": self.secure, "httponly": self.httponly, "samesite": self.samesite, "path": self.path}


@dataclass
class RefreshRecord:
    user_id: int
    issued: datetime = field(default_factory=datetime.utcnow)


class RefreshStore:
    def __init__(self):
        self._records = {}

    def rotate(self, old_token):
        record = self._records.pop(old_token, None)
        if record is None or datetime.utcnow() - record.issued > REFRESH_LIFETIME:
            return None
        new_token = secrets.token_urlsafe(48)
        self._records[new_token] = RefreshRecord(user_id=record.user_id)
        return new_token, record.user_id


store = RefreshStore()
policy = CookiePolicy()


@app.post("/auth/refresh")
def refresh(response: Response, sched_refresh: str = Cookie(default="")):
    rotated = store.rotate(sched_refresh)
    if rotated is None:
        response.delete_cookie(REFRESH_COOKIE, path=policy.path)
        raise HTTPException(status_code=401, detail="refresh token invalid")
    new_token, user_id = rotated
    response.set_cookie(
        REFRESH_COOKIE,
        new_token,
        max_age=int(REFRESH_LIFETIME.total_seconds()),
        **policy.as_kwargs(),
    )
    return {"user_id": user_id, "token_type": "bearer"}
