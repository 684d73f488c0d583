# corpus: cwe=614 label=safe
"""Authentication routes for the analytics API."""
from datetime import datetime, timedelta, timezone

import jwt
from fastapi import APIRouter, Depends, HTTPException, Response
from pydantic import BaseModel
from sqlalchemy.orm import Session

from .db import get_db
from .models import Account
from .security import verify_password
from .settings import settings

router = APIRouter(prefix="/auth", tags=["auth"])


class LoginRequest(BaseModel):
    email: str
    password: str
    remember: bool = False


def make_access_token(account_id, lifetime):
    expires = datetime.now(timezone.utc) + lifetime
    token = jwt.encode({"sub": str(account_id), "exp": expires}, settings.jwt_secret, algorithm="HS256")
    return token, expires


def lookup(db, email):
    return db.query(Account).filter(Account.email == email.strip().lower()).one_or_none()


@router.post("/login")
def login(body: LoginRequest, response: Response, db: Session = Depends(get_db)):
    account = lookup(db, body.email)
    if account is None or not verify_password(body.password, account.password_hash):
        raise HTTPException(status_code=401, detail="Invalid email or password")

    lifetime = timedelta(days=30) if body.remember else timedelta(hours=1)
    token, expires = make_access_token(account.id, lifetime)
    response.set_cookie(
        key="access_token",
        value=token,
        max_age=int(lifetime.total_seconds()),
        secure=True,
        httponly=True,
        samesite="lax",
    )
    return {"account_id": account.id, "expires_at": expires.isoformat()}


@router.post("/logout")
def logout(response: Response):
    response.delete_cookie("access_token")
    return {"ok": True}
