# corpus: cwe=489 label=vulnerable
"""Notification preferences API."""
import os
from dataclasses import dataclass, field

import uvicorn
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel


@dataclass
class ServiceSettings:
    title: str = "notification-prefs"
    debug: bool = True
    host: str = os.environ.get("PREFS_HOST", "127.0.0.1")
    port: int = int(os.environ.get("PREFS_PORT", "8000"))
    channels: list = field(default_factory=lambda: ["email", "sms", "push"])


settings = ServiceSettings()


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
app = FastAPI(title=settings.title, debug=settings.debug)


@app.get("/users/{user_id}/preferences", response_model=Preferences)
def read_preferences(user_id: int):
    return store.get(user_id)


@app.put("/users/{user_id}/preferences", response_model=Preferences)
def write_preferences(user_id: int, prefs: Preferences):
    if not any(getattr(prefs, ch) for ch in settings.channels):
        raise HTTPException(status_code=422, detail="at least one channel must stay enabled")
    return store.put(user_id, prefs)


if __name__ == "__main__":
    uvicorn.run(app, host=settings.host, port=settings.port)
