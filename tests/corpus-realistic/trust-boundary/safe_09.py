# corpus: cwe=501 label=safe
"""Conference app sign-in (FastAPI with Starlette sessions)."""
import os

from fastapi import FastAPI, HTTPException, Request
from passlib.context import CryptContext
from pydantic import BaseModel, EmailStr
from starlette.middleware.sessions import SessionMiddleware

from .store import attendees

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"], https_only=True)
pwd = CryptContext(schemes=["argon2"], deprecated="auto")


class Credentials(BaseModel):
    email: EmailStr
    password: str


@app.post("/login")
async def login(creds: Credentials, request: Request):
    record = attendees.by_email(creds.email)
    if record is None or not pwd.verify(creds.password, record.password_hash):
        raise HTTPException(status_code=401, detail="invalid credentials")
    request.session.clear()
    request.session["attendee_id"] = record.id
    request.session["role"] = record.role
    return {"attendee_id": record.id, "role": record.role}


def require(request: Request, *roles: str):
    if request.session.get("role") not in roles:
        raise HTTPException(status_code=403, detail="not allowed")


@app.get("/organizer/attendees")
async def list_attendees(request: Request):
    require(request, "organizer")
    return {"attendees": attendees.all()}
