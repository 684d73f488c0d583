# corpus: cwe=501 label=vulnerable
"""Conference app onboarding (FastAPI with Starlette sessions)."""
import os
from typing import Optional

from fastapi import FastAPI, HTTPException, Request
from pydantic import BaseModel, EmailStr
from starlette.middleware.sessions import SessionMiddleware

from .store import attendees

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"], https_only=True)


class Registration(BaseModel):
    email: EmailStr
    full_name: str
    role: str = "attendee"
    company: Optional[str] = None


@app.post("/register")
async def register(reg: Registration, request: Request):
    attendee_id = attendees.create(email=reg.email, name=reg.full_name, company=reg.company)
    request.session["attendee_id"] = attendee_id
    request.session["role"] = reg.role.strip().lower()
    return {"attendee_id": attendee_id, "role": reg.role}


def require(request: Request, *roles: str):
    if request.session.get("role") not in roles:
        raise HTTPException(status_code=403, detail="not allowed")


@app.get("/organizer/attendees")
async def list_attendees(request: Request):
    require(request, "organizer")
    return {"attendees": attendees.all()}


@app.post("/talks/{talk_id}/slides")
async def upload_slides(talk_id: int, request: Request):
    require(request, "speaker", "organizer")
    return {"talk": talk_id, "status": "ready for upload"}
