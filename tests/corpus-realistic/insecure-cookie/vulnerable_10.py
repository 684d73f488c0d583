# corpus: cwe=614 label=vulnerable
"""Refresh-token rotation for the scheduling API."""
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from fastapi import Cookie, FastAPI, HTTPException, Response

app = FastAPI(title="scheduler")

REFRESH_COOKIE = "sched_refresh"
REFRESH_LIFETIME = timedelta(days=7)
COOKIE_OPTIONS = {
    "httponly": True,
    "secure": False,
    "samesite": "strict",
    "path": "/auth",
}


@dataclass
class RefreshRecord:
    user_id: int
    issued: datetime = field(default_factory=datetime.utcnow)

    def expired(self):
        return datetime.utcnow() - self.issued > REFRESH_LIFETIME


class RefreshStore:
    def __init__(self):
        self._records = {}

    def rotate(self, old_token):
        record = self._records.pop(old_token, None)
        if record is None or record.expired():
            return None
        new_token = secrets.token_urlsafe(48)
        self._records[new_token] = RefreshRecord(user_id=record.user_id)
        return new_token, record.user_id


store = RefreshStore()


def issue_access_token(user_id):
    return "at_" + secrets.token_urlsafe(24) + "." + str(user_id)


@app.post("/auth/refresh")
def refresh(response: Response, sched_refresh: str = Cookie(default="")):
    rotated = store.rotate(sched_refresh)
    if rotated is None:
        raise HTTPException(status_code=401, detail="refresh token invalid")
    new_token, user_id = rotated
    response.set_cookie(
        REFRESH_COOKIE,
        new_token,
        max_age=int(REFRESH_LIFETIME.total_seconds()),
        **COOKIE_OPTIONS,
    )
    return {"access_token": issue_access_token(user_id), "token_type": "bearer"}
