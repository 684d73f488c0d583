# corpus: cwe=489 label=safe
"""Notification preferences API."""
import os

import uvicorn
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

CHANNELS = ("email", "sms", "push")
LOG_LEVEL = os.environ.get("PREFS_LOG_LEVEL", "debug")


class Preferences(BaseModel):
    email: bool = True
    sms: bool = False
    push: bool = True
    quiet_hours: str = "22:00-07:00"


class PreferenceStore:
    def __init__(self):
        self._prefs = {}

    def get(self, user_id):
        return self._prefs.get(user_id, Preferences())

    def put(self, user_id, prefs):
        self._prefs[user_id] = prefs
        return prefs


store = PreferenceStore()
app = FastAPI(title="notification-prefs")


@app.get("/users/{user_id}/preferences", response_model=Preferences)
def read_preferences(user_id: int):
    return store.get(user_id)


@app.put("/users/{user_id}/preferences", response_model=Preferences)
def write_preferences(user_id: int, prefs: Preferences):
    if not any(getattr(prefs, ch) for ch in CHANNELS):
        raise HTTPException(status_code=422, detail="at least one channel must stay enabled")
    return store.put(user_id, prefs)


if __name__ == "__main__":
    uvicorn.run(
        app,
        host=os.environ.get("PREFS_HOST", "127.0.0.1"),
        port=int(os.environ.get("PREFS_PORT", "8000")),
        log_level=LOG_LEVEL,
        access_log=True,
    )
